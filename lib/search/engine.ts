import { type Locale, locales } from '@/lib/i18n/routing';
import { type SearchSynonym } from '@/lib/content/schemas/search';
import { type ClosestPage, closestByTitle } from './closest';
import { type WordList } from './dictionary';
import { createFullTextTable, type FullTextTable } from './fulltext';
import { planSearch, type SearchAttempt, type Vocabulary } from './plan';
import { makeSnippet, markMatches, type Snippet, type TextPart } from './snippet';
import { buildSynonymTable, groupQueryWords, type SynonymTable } from './synonyms';
import { type TermProcessor, termProcessor, tokenize, type WordMatcher, wordMatcher } from './terms';
import { createVocabulary } from './vocabulary';

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
  /** When nothing was found: the pages whose titles come nearest to the query (closest.ts), else empty. */
  closest: ClosestPage[];
}

export interface EngineOptions {
  /** The words of each language, which typo tolerance leaves alone (dictionary.ts); none when left out. */
  wordList?: (locale: Locale) => WordList;
}

export interface SearchOptions {
  page?: number;
  pageSize?: number;
}

export interface SearchEngine {
  /** `query` should come from sanitizeQuery; an empty query finds nothing. */
  search(locale: Locale, query: string, options?: SearchOptions): SearchResults;
  documentCount(locale: Locale): number;
  /** Memory the full-text tables of all languages take in SQLite, outside the JavaScript heap. */
  indexBytes(): number;
}

export const DEFAULT_PAGE_SIZE = 10;

interface LocaleIndex {
  locale: Locale;
  table: FullTextTable;
  documents: readonly SearchDocument[];
  vocabulary: Vocabulary;
  synonyms: SynonymTable;
  processTerm: TermProcessor;
}

/**
 * The words of each synonym group, as keywords of the page the group names:
 * `handleplan` then finds the page that says `handlingsplan`, ranked as if
 * the page said it in its title.
 */
function keywordsByUrl(synonyms: readonly SearchSynonym[], locale: Locale, processTerm: TermProcessor): Map<string, string[]> {
  const keywords = new Map<string, string[]>();
  for (const entry of synonyms) {
    if (entry.locale !== locale) continue;
    const list = keywords.get(entry.page) ?? [];
    for (const word of entry.words) list.push(...tokenize(word).map(processTerm));
    keywords.set(entry.page, list);
  }
  return keywords;
}

function buildLocaleIndex(documents: readonly SearchDocument[], synonyms: readonly SearchSynonym[], locale: Locale): LocaleIndex {
  const processTerm = termProcessor(locale);
  const own = documents.filter((document) => document.locale === locale);
  const keywords = keywordsByUrl(synonyms, locale, processTerm);
  const rows = own.map((document) => ({
    title: tokenize(document.title).map(processTerm),
    text: tokenize(document.text).map(processTerm),
    keywords: keywords.get(document.url) ?? [],
  }));
  return {
    locale,
    table: createFullTextTable(
      rows.map((row) => ({ title: row.title.join(' '), text: row.text.join(' '), keywords: row.keywords.join(' ') })),
    ),
    documents: own,
    vocabulary: createVocabulary(rows.map((row) => [...row.title, ...row.text, ...row.keywords])),
    synonyms: buildSynonymTable(synonyms, locale, processTerm),
    processTerm,
  };
}

interface PageOfMatches {
  positions: number[];
  total: number;
  page: number;
  pageCount: number;
  matchedAllWords: boolean;
  /** The terms of the attempt shown, to mark in titles and snippets. */
  terms: ReadonlySet<string>;
}

/**
 * Counts each tier of the first attempt that finds anything, then reads only
 * the rows of the page asked for: the tiers follow one another, so a page
 * may end one tier and start the next.
 */
function pageOfMatches(table: FullTextTable, attempts: readonly SearchAttempt[], requestedPage: number, pageSize: number): PageOfMatches {
  for (const attempt of attempts) {
    const counts = attempt.tiers.map((tier) => table.count(tier));
    const total = counts.reduce((sum, count) => sum + count, 0);
    if (total === 0) continue;
    const pageCount = Math.ceil(total / pageSize);
    const page = Math.min(Math.max(1, requestedPage), pageCount);
    const positions: number[] = [];
    let skip = (page - 1) * pageSize;
    attempt.tiers.forEach((tier, index) => {
      const wanted = pageSize - positions.length;
      if (wanted > 0 && skip < counts[index]!) positions.push(...table.ranked(tier, wanted, skip));
      skip = Math.max(0, skip - counts[index]!);
    });
    return { positions, total, page, pageCount, matchedAllWords: attempt.matchedAllWords, terms: attempt.terms };
  }
  return { positions: [], total: 0, page: 1, pageCount: 1, matchedAllWords: true, terms: new Set() };
}

function toHit(document: SearchDocument, matches: WordMatcher): SearchHit {
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
export function createSearchEngine(
  documents: readonly SearchDocument[],
  synonyms: readonly SearchSynonym[],
  options: EngineOptions = {},
): SearchEngine {
  const byLocale = new Map(locales.map((locale) => [locale, buildLocaleIndex(documents, synonyms, locale)]));
  // Asked only for a word the pages lack, so a list that takes time to load is loaded on the first such word.
  const isWordOf = (locale: Locale) => (word: string) => options.wordList?.(locale).has(word) ?? false;

  return {
    documentCount: (locale) => byLocale.get(locale)!.documents.length,
    indexBytes: () => [...byLocale.values()].reduce((sum, index) => sum + index.table.bytes(), 0),
    search(locale, query, options = {}) {
      const target = byLocale.get(locale)!;
      const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
      const groups = groupQueryWords(tokenize(query), target.synonyms, target.processTerm);
      const plan = planSearch(groups, target.vocabulary, target.processTerm, isWordOf(locale));
      const found = pageOfMatches(target.table, plan.attempts, Math.floor(options.page ?? 1), pageSize);
      const matches = wordMatcher(locale, found.terms);
      return {
        hits: found.positions.map((position) => toHit(target.documents[position]!, matches)),
        total: found.total,
        page: found.page,
        pageCount: found.pageCount,
        pageSize,
        matchedAllWords: found.matchedAllWords,
        closest: found.total === 0 ? closestByTitle(target.documents, query) : [],
      };
    },
  };
}
