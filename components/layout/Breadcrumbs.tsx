import { useTranslations } from 'next-intl';
import { type Locale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/i18n/paths';
import { type NavItem } from '@/lib/navigation/site-tree';

export function Breadcrumbs({ locale, trail, current }: { locale: Locale; trail: NavItem[]; current: string }) {
  const t = useTranslations('Layout');
  return (
    <nav className="breadcrumbs" aria-label={t('breadcrumbsLabel')}>
      <ol className="breadcrumbs__list">
        {trail.map((item) => (
          <li key={item.path} className="breadcrumbs__list-item">
            <a className="breadcrumbs__link" href={localizedPath(locale, item.path)}>
              {item.path === '/' ? t('home') : item.label}
            </a>
          </li>
        ))}
        <li className="breadcrumbs__list-item" aria-current="page">
          {current}
        </li>
      </ol>
    </nav>
  );
}
