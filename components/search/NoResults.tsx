import { useTranslations } from 'next-intl';
import { SectionLinks } from '@/components/layout/SectionLinks';
import { type Locale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/i18n/paths';
import { type ClosestPage } from '@/lib/search/closest';

/**
 * Nothing found (SearchSummary says so): offer the pages whose titles come
 * nearest to the query, the concern guide and the main sections instead of a
 * dead end.
 */
export function NoResults({ locale, closest }: { locale: Locale; closest: readonly ClosestPage[] }) {
  const t = useTranslations('Search.noResults');
  return (
    <>
      <p>{t('tips')}</p>
      {closest.length > 0 && (
        <>
          <h2 className="h3">{t('closestHeading')}</h2>
          <ul className="search-closest">
            {closest.map((page) => (
              <li key={page.url}>
                <a href={localizedPath(locale, page.url)}>{page.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 className="h3">{t('concernHeading')}</h2>
      <p>
        {t('concernText')} <a href={localizedPath(locale, '/bekymring')}>{t('concernLink')}</a>
      </p>
      <h2 className="h3">{t('sectionsHeading')}</h2>
      <SectionLinks locale={locale} />
    </>
  );
}
