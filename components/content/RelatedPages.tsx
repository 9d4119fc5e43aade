import { getTranslations } from 'next-intl/server';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';
import { type RelatedLink } from '@/lib/pages/page-data';

export async function RelatedPages({ locale, related }: { locale: Locale; related: readonly RelatedLink[] }) {
  if (related.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Layout' });
  return (
    <nav className="related-pages" aria-labelledby="related-heading">
      <h2 id="related-heading">{t('related')}</h2>
      <ul className="unstyled-list">
        {related.map((page) => (
          <li key={page.path}>
            <a href={localizedPath(locale, page.path)}>{page.title}</a>
            <span className="related-description">{page.description}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
