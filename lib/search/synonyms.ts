import { type SearchSynonym } from '@/lib/content/schemas/search';
import { type Locale } from '@/lib/content/schemas/common';
import { type TermProcessor, tokenize } from './terms';

/**
 * Synonyms keyed by the processed form of a word or phrase, so that the
 * stemmed query word `ekstremismen` finds the entry written `ekstremisme`.
 * Values are the other words to search as written; MiniSearch processes them.
 */
export interface SynonymTable {
  alternatives: ReadonlyMap<string, readonly string[]>;
  /** The longest phrase in words, so the query is only scanned that far ahead. */
  longestPhrase: number;
}

function phraseKey(words: readonly string[], processTerm: TermProcessor): string {
  return words.map(processTerm).join(' ');
}

export function buildSynonymTable(synonyms: readonly SearchSynonym[], locale: Locale, processTerm: TermProcessor): SynonymTable {
  const alternatives = new Map<string, string[]>();
  let longestPhrase = 1;
  const add = (phrase: string, others: readonly string[]) => {
    const words = tokenize(phrase);
    if (words.length === 0) return;
    longestPhrase = Math.max(longestPhrase, words.length);
    const key = phraseKey(words, processTerm);
    const list = alternatives.get(key) ?? [];
    for (const other of others) if (!list.includes(other) && phraseKey(tokenize(other), processTerm) !== key) list.push(other);
    alternatives.set(key, list);
  };
  for (const entry of synonyms) {
    if (entry.locale !== locale) continue;
    if (entry.means) {
      for (const word of entry.words) add(word, [entry.means]);
    } else {
      for (const word of entry.words) add(word, entry.words);
    }
  }
  return { alternatives, longestPhrase };
}

/** A run of query words that is searched together, with what else it may match. */
export interface QueryGroup {
  words: string[];
  alternatives: readonly string[];
}

/**
 * Splits query words into groups, taking the longest phrase the table knows
 * at each position: `info hus` becomes one group with the alternative
 * `infohus`; a word without synonyms is a group of its own.
 */
export function groupQueryWords(words: readonly string[], table: SynonymTable, processTerm: TermProcessor): QueryGroup[] {
  const groups: QueryGroup[] = [];
  let position = 0;
  while (position < words.length) {
    let taken: QueryGroup | undefined;
    for (let length = Math.min(table.longestPhrase, words.length - position); length >= 1; length--) {
      const phrase = words.slice(position, position + length);
      const alternatives = table.alternatives.get(phraseKey(phrase, processTerm));
      if (alternatives) {
        taken = { words: phrase, alternatives };
        break;
      }
    }
    taken ??= { words: words.slice(position, position + 1), alternatives: [] };
    groups.push(taken);
    position += taken.words.length;
  }
  return groups;
}
