import { type Locale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/i18n/paths';
import { type NavItem } from '@/lib/navigation/site-tree';

export function SideNavigation({ locale, items, path, label }: { locale: Locale; items: NavItem[]; path: string; label: string }) {
  return (
    <nav aria-label={label}>
      <ul className="sidemenu">
        {items.map((item) => (
          <li key={item.path} className={item.path === path ? 'active current' : undefined}>
            <a className="nav-link" href={localizedPath(locale, item.path)} aria-current={item.path === path ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
