import { getTranslations } from 'next-intl/server';
import { type SearchResults } from '@/lib/search/engine';

/** What the search found, in a sentence or two: the content of the page's status region. */
export async function SearchSummary({ query, results }: { query: string; results: SearchResults }) {
  const t = await getTranslations('Search');
  if (results.total === 0) return <h2 className="search-count">{t('noResults.heading', { query })}</h2>;
  return (
    <>
      <h2 className="search-count">{t('count', { count: results.total, query })}</h2>
      {results.pageCount > 1 && <p>{t('pageOf', { page: results.page, pageCount: results.pageCount })}</p>}
      {!results.matchedAllWords && <p>{t('partial')}</p>}
    </>
  );
}
