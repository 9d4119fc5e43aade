import { getTranslations } from 'next-intl/server';
import { getContent } from '@/lib/content';
import { type AppLocale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/i18n/paths';
import { mainNavigation } from '@/lib/navigation/site-tree';
import { MainNavigation } from './MainNavigation';
import { SearchBox } from './SearchBox';

export async function SiteHeader({ locale }: { locale: AppLocale }) {
  const t = await getTranslations('Layout');
  return (
    <header className="header portal-header">
      <div className="container portal-header-inner">
        <a className="site-name" href={localizedPath(locale, '/')}>
          {t('siteName')}
        </a>
        <SearchBox locale={locale} id="header-search" />
      </div>
      <MainNavigation locale={locale} items={mainNavigation(getContent().pages, locale)} />
    </header>
  );
}
