import MiniSearch, { type SearchResult } from 'minisearch';
import { type Locale, locales } from '@/lib/content/schemas/common';
import { type SearchSynonym } from '@/lib/content/schemas/search';
import { buildQuery, type IndexStatistics, prefixForLastWord, selectiveGroups } from './plan';
import { makeSnippet, markMatches, type Snippet, type TextPart } from './snippet';
import { buildSynonymTable, groupQueryWords, type SynonymTable } from './synonyms';
import { type TermProcessor, termProcessor, tokenize, wordMatcher } from './terms';

/** What the search knows of a page, course or publication. */
export interface SearchDocument {
  /** Unique across locales, e.g. `da:/indsatser/infohuse`. */
  id: string;
  locale: Locale;
  /** Path without locale prefix. */
  url: string;
  title: string;
  /** The section the document lies in (its top-level page), shown with the hit. */
  section?: string;
  /** Plain text without markup; its start is what a snippet shows when only the title matched. */
  text: string;
}

export interface SearchHit {
  id: string;
  url: string;
  title: string;
  titleParts: TextPart[];
  section?: string;
  snippet: Snippet;
}

export interface SearchResults {
  hits: SearchHit[];
  total: number;
  /** The page shown, clamped to the pages there are. */
  page: number;
  pageCount: number;
  pageSize: number;
  /**
   * False when no document held every word and the results hold some of
   * them, so the page can say that the results are partial.
   */
  matchedAllWords: boolean;
}

export interface SearchOptions {
  page?: number;
  pageSize?: number;
}

export interface SearchEngine {
  /** `query` should come from sanitizeQuery; an empty query finds nothing. */
  search(locale: Locale, query: string, options?: SearchOptions): SearchResults;
  documentCount(locale: Locale): number;
}

export const DEFAULT_PAGE_SIZE = 10;

/** A title hit outweighs several mentions in the body text. */
const FIELD_BOOST = { title: 4, text: 1 };
/** Below this length one changed letter turns a word into another word, so no typo tolerance. */
const FUZZY_MIN_LENGTH = 5;

interface LocaleIndex {
  locale: Locale;
  index: MiniSearch<SearchDocument>;
  documents: Map<string, SearchDocument>;
  synonyms: SynonymTable;
  processTerm: TermProcessor;
  statistics: IndexStatistics;
}

function buildLocaleIndex(documents: readonly SearchDocument[], synonyms: readonly SearchSynonym[], locale: Locale): LocaleIndex {
  const processTerm = termProcessor(locale);
  /**
   * How many documents hold each term. A query word found here is spelt as
   * the pages spell it, so it is not looked up fuzzily: that keeps the costly
   * fuzzy look-up for the words that need it, and keeps near-miss words
   * (another word one letter away) out of correct searches.
   */
  const documentFrequency = new Map<string, number>();
  const lastDocumentOf = new Map<string, string>();
  let current = '';
  const index = new MiniSearch<SearchDocument>({
    fields: ['title', 'text'],
    tokenize,
    processTerm: (word) => {
      const term = processTerm(word);
      if (lastDocumentOf.get(term) !== current) {
        lastDocumentOf.set(term, current);
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      }
      return term;
    },
    searchOptions: {
      processTerm,
      boost: FIELD_BOOST,
      fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH && !documentFrequency.has(term) ? 1 : false),
      combineWith: 'AND',
    },
  });
  const own = documents.filter((document) => document.locale === locale);
  for (const document of own) {
    current = document.id;
    index.add(document);
  }
  return {
    locale,
    index,
    documents: new Map(own.map((document) => [document.id, document])),
    synonyms: buildSynonymTable(synonyms, locale, processTerm),
    processTerm,
    statistics: { documentCount: own.length, documentFrequency: (term) => documentFrequency.get(term) ?? 0 },
  };
}

/**
 * All selective words must match. When no document has them all, documents
 * with any of them are shown, first any of the selective words, then any
 * word at all (a common word is better than nothing), and the results say
 * they are partial. See plan.ts for which words are selective.
 */
function runQuery(target: LocaleIndex, words: readonly string[]): { results: SearchResult[]; matchedAllWords: boolean } {
  const groups = groupQueryWords(words, target.synonyms, target.processTerm);
  const selective = selectiveGroups(groups, target.statistics, target.processTerm);
  const typing = groups.at(-1);
  const prefix = prefixForLastWord(target.statistics);
  const results = target.index.search(buildQuery(selective, typing, 'AND', prefix));
  if (results.length > 0 || groups.length < 2) return { results, matchedAllWords: true };
  const fallbacks = selective.length > 1 ? [selective] : [];
  if (groups.length > selective.length) fallbacks.push(groups);
  for (const fallback of fallbacks) {
    const partial = target.index.search(buildQuery(fallback, typing, 'OR', prefix));
    if (partial.length > 0) return { results: partial, matchedAllWords: false };
  }
  return { results: [], matchedAllWords: true };
}

function toHit(result: SearchResult, target: LocaleIndex): SearchHit {
  const document = target.documents.get(result.id as string)!;
  const matches = wordMatcher(target.locale, new Set(result.terms));
  return {
    id: document.id,
    url: document.url,
    title: document.title,
    titleParts: markMatches(document.title, matches),
    section: document.section,
    snippet: makeSnippet(document.text, matches),
  };
}

/** Builds one index per locale; do this once per process, never per request. */
export function createSearchEngine(documents: readonly SearchDocument[], synonyms: readonly SearchSynonym[]): SearchEngine {
  const byLocale = new Map(locales.map((locale) => [locale, buildLocaleIndex(documents, synonyms, locale)]));

  return {
    documentCount: (locale) => byLocale.get(locale)!.documents.size,
    search(locale, query, options = {}) {
      const target = byLocale.get(locale)!;
      const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
      const words = tokenize(query);
      const { results, matchedAllWords } = words.length > 0 ? runQuery(target, words) : { results: [], matchedAllWords: true };
      const pageCount = Math.max(1, Math.ceil(results.length / pageSize));
      const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
      const shown = results.slice((page - 1) * pageSize, page * pageSize);
      return {
        hits: shown.map((result) => toHit(result, target)),
        total: results.length,
        page,
        pageCount,
        pageSize,
        matchedAllWords,
      };
    },
  };
}
