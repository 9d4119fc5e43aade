import { type Query } from 'minisearch';
import { type QueryGroup } from './synonyms';

/** A synonym is a good match, but the word the person typed is a better one. */
export const SYNONYM_WEIGHT = 0.7;

/**
 * A word on more than this share of the pages ("og", "for", and on this site
 * "ekstremisme") hardly narrows a search of several words, adds next to
 * nothing to the ranking (its inverse document frequency is near zero), and
 * is the costliest word to look up. In a query with rarer words it is left
 * out, rather than kept in a hand-made stop-word list.
 */
export const COMMON_SHARE = 0.5;
/** Below this many documents, shares say little, so no word counts as common. */
export const COMMON_MIN_DOCUMENTS = 20;

export interface IndexStatistics {
  documentCount: number;
  /** Documents holding a term: what "common" is judged by. */
  documentFrequency(term: string): number;
}

function isCommon(group: QueryGroup, statistics: IndexStatistics, processTerm: (word: string) => string): boolean {
  if (statistics.documentCount < COMMON_MIN_DOCUMENTS || group.alternatives.length > 0) return false;
  const limit = statistics.documentCount * COMMON_SHARE;
  return group.words.every((word) => statistics.documentFrequency(processTerm(word)) > limit);
}

/** The groups that decide the search: all but the common ones, unless every group is common. */
export function selectiveGroups(
  groups: readonly QueryGroup[],
  statistics: IndexStatistics,
  processTerm: (word: string) => string,
): QueryGroup[] {
  const selective = groups.filter((group) => !isCommon(group, statistics, processTerm));
  return selective.length > 0 ? selective : [...groups];
}

/** Words shorter than this are likely still being typed even when they are words already (`info`, `hot`). */
export const SHORT_WORD = 5;

/**
 * Whether the last word typed should also match longer words. Only while it
 * may be unfinished: when it is not a word of the index, or is short. A
 * finished word (`kommune`) then does not drag in every word it begins
 * (`kommunikation`), which costs time on a large site and helps nobody.
 */
export function prefixForLastWord(statistics: IndexStatistics): (term: string) => boolean {
  return (term) => term.length < SHORT_WORD || statistics.documentFrequency(term) === 0;
}

/**
 * The query as a MiniSearch tree: all groups must match (or any, in the
 * fallback), a group matches by its own words or by one of its synonyms, and
 * `prefixGroup` (the last group typed) may also match as the start of a word.
 */
export function buildQuery(
  groups: readonly QueryGroup[],
  prefixGroup: QueryGroup | undefined,
  combineWith: 'AND' | 'OR',
  prefix: (term: string) => boolean,
): Query {
  return {
    combineWith,
    queries: groups.map((group): Query => {
      const own: Query = {
        combineWith: 'AND',
        prefix: group === prefixGroup && group.words.length === 1 ? prefix : false,
        queries: [group.words.join(' ')],
      };
      if (group.alternatives.length === 0) return own;
      const synonyms: Query = {
        combineWith: 'OR',
        prefix: false,
        fuzzy: false,
        boostTerm: () => SYNONYM_WEIGHT,
        queries: group.alternatives.map((alternative): Query => ({ combineWith: 'AND', queries: [alternative] })),
      };
      return { combineWith: 'OR', queries: [own, synonyms] };
    }),
  };
}
