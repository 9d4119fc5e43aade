import { newStemmer } from 'snowball-stemmers';
import { type Locale } from '@/lib/content/schemas/common';

/** Letters (with their combining marks) and digits; everything else separates words. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export interface WordToken {
  word: string;
  start: number;
  end: number;
}

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Words with their offsets, so a snippet can mark them in the original text. */
export function tokenizeWithOffsets(text: string): WordToken[] {
  return Array.from(text.matchAll(WORD), (match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
}

const DANISH_LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a' };

/**
 * After stemming (the stemmers know æ, ø and å), letters are folded so that a
 * keyboard without them still finds the word: `forældre` and `foraeldre`,
 * `rådgivning` and `radgivning`, `café` and `cafe` end up as the same term.
 */
export function foldDiacritics(term: string): string {
  return term
    .replace(/[æøå]/g, (letter) => DANISH_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

export const STEMMER_NAMES: Record<Locale, string> = { da: 'danish', en: 'english' };

export type TermProcessor = (word: string) => string;

/**
 * Stemming is the costly step of indexing and snippets, and the same few
 * thousand words recur across pages, so each locale keeps a cache of words
 * as written. It is emptied when full, because query words come from the
 * public and must not grow it forever.
 */
const CACHE_LIMIT = 50_000;

const processors = new Map<Locale, TermProcessor>();

/** The one transformation both documents and queries go through: lower case, stem, fold. */
export function termProcessor(locale: Locale): TermProcessor {
  let processor = processors.get(locale);
  if (!processor) {
    const stemmer = newStemmer(STEMMER_NAMES[locale]);
    const cache = new Map<string, string>();
    processor = (word) => {
      let term = cache.get(word);
      if (term === undefined) {
        term = foldDiacritics(stemmer.stem(word.normalize('NFC').toLowerCase()));
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(word, term);
      }
      return term;
    };
    processors.set(locale, processor);
  }
  return processor;
}

/**
 * How many leading letters of a word its stem always keeps. Snowball's Danish
 * stemmer only rewrites the part after the third letter; the English one
 * keeps the first letter even in its exceptions (`dying` → `die`).
 */
const STABLE_HEAD: Record<Locale, number> = { da: 3, en: 1 };

/** The first letters of a word as they appear, folded, at the start of its term. */
export function termHead(locale: Locale, word: string): string {
  const length = STABLE_HEAD[locale];
  // Two extra code units leave room for a decomposed letter before NFC joins it.
  const start = word.slice(0, length + 2);
  // Most words start with plain letters, which need no normalising or folding.
  const folded = /^[A-Za-z0-9]*$/.test(start) ? start.toLowerCase() : foldDiacritics(start.normalize('NFC').toLowerCase());
  return folded.slice(0, length);
}

/**
 * The term a word of a text matched, or undefined. `head` is the word's {@link termHead}, when the
 * caller has it already; `locale` says which language's heads the matcher expects.
 */
export type WordMatcher = ((word: string, head?: string) => string | undefined) & { locale?: Locale };

/**
 * Decides which words of a result's text matched, for marking them. Most
 * words are ruled out by their first letters alone, so only a few are
 * stemmed: a snippet of a long page then costs little even when the
 * stemming cache has been emptied.
 */
export function wordMatcher(locale: Locale, matchedTerms: ReadonlySet<string>): WordMatcher {
  const processTerm = termProcessor(locale);
  const length = STABLE_HEAD[locale];
  const heads = new Set(Array.from(matchedTerms, (term) => term.slice(0, length)));
  const matcher: WordMatcher = (word, head = termHead(locale, word)) => {
    if (!heads.has(head)) return undefined;
    const term = processTerm(word);
    return matchedTerms.has(term) ? term : undefined;
  };
  matcher.locale = locale;
  return matcher;
}
