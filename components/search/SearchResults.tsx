import { useTranslations } from 'next-intl';
import { type Locale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/i18n/paths';
import { type SearchResults as Results } from '@/lib/search/engine';
import { MarkedText } from './MarkedText';
import { SearchPager } from './SearchPager';

interface SearchResultsProps {
  locale: Locale;
  query: string;
  results: Results;
}

export function SearchResults({ locale, query, results }: SearchResultsProps) {
  const t = useTranslations('Search');
  const first = (results.page - 1) * results.pageSize + 1;
  return (
    <>
      <ol className="search-results" start={first} aria-label={t('resultsLabel')}>
        {results.hits.map((hit) => (
          <li key={hit.id} className="search-hit">
            {hit.section && (
              <p className="search-hit-section">
                <span className="sr-only">{t('section')} </span>
                {hit.section}
              </p>
            )}
            <h3 className="h4 search-hit-title">
              <a href={localizedPath(locale, hit.url)}>
                <MarkedText parts={hit.titleParts} />
              </a>
            </h3>
            {hit.snippet.parts.length > 0 && (
              <p className="search-hit-snippet">
                {hit.snippet.cutBefore && '… '}
                <MarkedText parts={hit.snippet.parts} />
                {hit.snippet.cutAfter && ' …'}
              </p>
            )}
          </li>
        ))}
      </ol>
      <SearchPager basePath={localizedPath(locale, '/soeg')} query={query} page={results.page} pageCount={results.pageCount} />
    </>
  );
}
