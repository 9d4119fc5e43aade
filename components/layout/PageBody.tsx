import { useTranslations } from 'next-intl';
import { type ReactNode } from 'react';
import { type Locale } from '@/lib/i18n/routing';
import { pageFrame } from '@/lib/navigation/frame';
import { Breadcrumbs } from './Breadcrumbs';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SideNavigation } from './SideNavigation';

interface PageBodyProps {
  locale: Locale;
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
export function PageBody({ locale, path, crumb, query, children }: PageBodyProps) {
  const t = useTranslations('Layout');
  const { sideItems, trail, alternates } = pageFrame(locale, path, query);
  const layout = path === '/' ? 'page-front' : sideItems.length > 0 ? 'page-with-sidenav' : 'page-single';
  return (
    <div className="container page-container">
      <div className="page-tools">
        {crumb !== undefined && path !== '/' ? <Breadcrumbs locale={locale} trail={trail} current={crumb} /> : <span />}
        <LanguageSwitcher locale={locale} alternates={alternates} />
      </div>
      <div className={`page-layout ${layout}`}>
        <main id="main-content" tabIndex={-1}>
          {children}
        </main>
        {/* After the text, so phones show the text first; wide screens put it in the left column. */}
        {sideItems.length > 0 && <SideNavigation locale={locale} items={sideItems} path={path} label={t('sectionNavLabel')} />}
      </div>
    </div>
  );
}
