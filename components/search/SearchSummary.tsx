import { useTranslations } from 'next-intl';
import { type SearchResults } from '@/lib/search/engine';

/** What the search found, in a sentence or two: the content of the page's status region. */
export function SearchSummary({ query, results }: { query: string; results: SearchResults }) {
  const t = useTranslations('Search');
  if (results.total === 0) return <h2 className="search-count">{t('noResults.heading', { query })}</h2>;
  return (
    <>
      <h2 className="search-count">{t('count', { count: results.total, query })}</h2>
      {results.pageCount > 1 && <p>{t('pageOf', { page: results.page, pageCount: results.pageCount })}</p>}
      {!results.matchedAllWords && <p>{t('partial')}</p>}
    </>
  );
}
