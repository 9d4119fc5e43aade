import { type Locale } from '@/lib/i18n/routing';
import { type SearchEngine, type SearchResults } from './engine';
import { type CleanQuery, parsePageNumber, sanitizeQuery } from './query';

/** What the search page shows: the query as searched, and its results (null before anything is typed). */
export interface SearchPageData {
  query: CleanQuery;
  results: SearchResults | null;
}

/** The search page's data from `?q=` and `?page=` as they arrived, whatever they hold. */
export function searchPageData(engine: Pick<SearchEngine, 'search'>, locale: Locale, rawQuery: unknown, rawPage: unknown): SearchPageData {
  const query = sanitizeQuery(rawQuery);
  return { query, results: query.text ? engine.search(locale, query.text, { page: parsePageNumber(rawPage) }) : null };
}
