import { getTranslations } from 'next-intl/server';
import { type AppLocale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/i18n/paths';
import { type NavItem } from '@/lib/navigation/site-tree';

/**
 * The main menu. On narrow screens it sits in a native <details>, so it opens
 * and closes with a click, Enter or Space and needs no JavaScript. It is part
 * of the shared layout, so it does not know the current page: breadcrumbs and
 * the side menu show where the visitor is.
 */
export async function MainNavigation({ locale, items }: { locale: AppLocale; items: NavItem[] }) {
  const t = await getTranslations('Layout');
  const links = (
    <ul className="mainmenu unstyled-list">
      {items.map((item) => (
        <li key={item.path}>
          <a className="nav-link" href={localizedPath(locale, item.path)}>
            <span>{item.label}</span>
          </a>
        </li>
      ))}
    </ul>
  );
  return (
    <details className="main-menu">
      <summary className="button button-secondary main-menu-toggle">{t('menu')}</summary>
      <nav className="navigation-menu" aria-label={t('mainNavLabel')}>
        <div className="container">{links}</div>
      </nav>
    </details>
  );
}
