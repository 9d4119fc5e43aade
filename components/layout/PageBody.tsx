import { getTranslations } from 'next-intl/server';
import { type ReactNode } from 'react';
import { getContent } from '@/lib/content';
import { type AppLocale } from '@/lib/i18n/routing';
import { alternatesFor, withQuery } from '@/lib/navigation/alternates';
import { breadcrumbTrail, sectionNavigation } from '@/lib/navigation/site-tree';
import { Breadcrumbs } from './Breadcrumbs';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SideNavigation } from './SideNavigation';

interface PageBodyProps {
  locale: AppLocale;
  /** The page's path without locale prefix. */
  path: string;
  /** The last breadcrumb: the page's own short name. Left out on the front page. */
  crumb?: string;
  /** What the page in the other language needs to show the same thing (the guide's sealed answers, `?s=…`). */
  query?: string;
  children: ReactNode;
}

/**
 * What every page puts around its own content: breadcrumbs, the language
 * switcher, the section's side menu and the <main> landmark. It lives in the
 * page, not the layout, because all of it depends on the page's path and
 * pages stay fully static.
 */
export async function PageBody({ locale, path, crumb, query, children }: PageBodyProps) {
  const t = await getTranslations('Layout');
  const { pages } = getContent();
  const sideItems = sectionNavigation(pages, locale, path);
  return (
    <div className="container page-container">
      <div className="page-tools">
        {crumb !== undefined && path !== '/' ? (
          <Breadcrumbs locale={locale} trail={breadcrumbTrail(pages, locale, path)} current={crumb} />
        ) : (
          <span />
        )}
        <LanguageSwitcher locale={locale} alternates={withQuery(alternatesFor(pages, path), query)} />
      </div>
      <div className={sideItems.length > 0 ? 'page-with-sidenav' : 'page-single'}>
        {sideItems.length > 0 && <SideNavigation locale={locale} items={sideItems} path={path} label={t('sectionNavLabel')} />}
        <main id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
