import { getTranslations } from 'next-intl/server';
import { getContent } from '@/lib/content';
import { type AppLocale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/i18n/paths';
import { findPage } from '@/lib/navigation/site-tree';

export async function RelatedPages({ locale, paths }: { locale: AppLocale; paths: string[] }) {
  const t = await getTranslations('Layout');
  const { pages } = getContent();
  const related = paths.flatMap((path) => findPage(pages, locale, path) ?? []);
  if (related.length === 0) return null;
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
