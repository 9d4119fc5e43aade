import { useTranslations } from 'next-intl';
import { type ReactNode } from 'react';
import { IslandScript } from '@/components/islands/IslandScript';
import { islandAttributes } from '@/lib/site/static-scripts.mjs';
import { type Locale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/i18n/paths';
import { type NavItem } from '@/lib/navigation/site-tree';

/**
 * The main menu and, beside it, what folds with it on phones (the search box).
 * The toggle is a native <details> holding only its <summary>; the panel is
 * its next sibling, shown by `.main-menu[open] + .main-menu-panel`. So it
 * opens and closes with a click, Enter or Space without JavaScript, and wide
 * screens show the panel with a plain rule every browser knows (showing the
 * content of a closed <details> would need `::details-content`, which older
 * Safari and Firefox lack). Where scripts run, Escape closes it too (the `menu` island). It is part of the shared layout, so it does not
 * know the current page: breadcrumbs and the side menu show where the visitor is.
 */
export function MainNavigation({ locale, items, children }: { locale: Locale; items: NavItem[]; children?: ReactNode }) {
  const t = useTranslations('Layout');
  return (
    <>
      <details className="main-menu" {...islandAttributes('menu')}>
        <summary className="button button-secondary main-menu-toggle" aria-controls="main-menu-panel">
          {t('menu')}
        </summary>
      </details>
      <div className="main-menu-panel" id="main-menu-panel">
        {children}
        <nav className="navigation-menu" aria-label={t('mainNavLabel')}>
          <ul className="mainmenu unstyled-list">
            {items.map((item) => (
              <li key={item.path}>
                <a className="nav-link" href={localizedPath(locale, item.path)}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {/* After the panel: the panel must stay the <details>' next sibling for the CSS that shows it. */}
      <IslandScript name="menu" />
    </>
  );
}
