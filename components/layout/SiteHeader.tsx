import { useTranslations } from 'next-intl';
import { type Locale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/i18n/paths';
import { type NavItem } from '@/lib/navigation/site-tree';
import { MainNavigation } from './MainNavigation';
import { SearchBox } from './SearchBox';

/**
 * DKFDS' solution header: the centre's name as a wordmark with the authority
 * it belongs to beneath it (no logo: the centre has none of its own to show),
 * then search and the main menu. On phones search and menu fold behind one
 * button, so the header stays about a tenth of the screen.
 */
export function SiteHeader({ locale, sections }: { locale: Locale; sections: NavItem[] }) {
  const t = useTranslations('Layout');
  const frame = useTranslations('Frame');
  return (
    <header className="header portal-header">
      <div className="container portal-header-inner">
        <div className="portal-brand">
          <a className="site-name" href={localizedPath(locale, '/')}>
            {t('siteName')}
          </a>
          <p className="authority-name">
            {frame('authority')} <span className="authority-ministry">{frame('ministry')}</span>
          </p>
        </div>
        <MainNavigation locale={locale} items={sections}>
          <SearchBox locale={locale} id="header-search" landmarkLabel={frame('headerSearch')} />
        </MainNavigation>
      </div>
    </header>
  );
}
