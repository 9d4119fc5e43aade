/**
 * LIX (läsbarhetsindex, C.-H. Björnsson): the average number of words per
 * sentence plus the percentage of long words (more than six letters).
 *
 * How text is counted, so a score can be checked by hand:
 *
 * - A word is a whitespace-separated token that still holds a letter or a
 *   digit once punctuation at its edges is trimmed. Inner punctuation keeps
 *   a token whole: `SSP-medarbejdere`, `us.dk`, `f.eks.` and `1.000` are one
 *   word each.
 * - A word's length is the number of letters in it (Unicode letters, so æ, ø
 *   and å count as one letter each). Digits are not letters: `2020` is a word
 *   but never a long one, since a number is not harder to read for being long.
 * - A sentence ends at a word whose trailing punctuation holds `.`, `!`, `?`
 *   or `:` (Björnsson counts the colon as a full stop), and at a blank line,
 *   which is how headings, list items and paragraphs without a final full
 *   stop are separated in extracted text. A single line break does not end a
 *   sentence, so hard-wrapped prose is counted as written.
 * - A full stop does not end a sentence after a known abbreviation
 *   (`f.eks.`, `bl.a.`, `m.fl.`, `e.g.` …) or after a number followed by a
 *   lower-case word, which is a Danish ordinal (`1. februar`).
 */

export interface LixResult {
  /** The score, unrounded; 0 for a text without words. */
  lix: number;
  words: number;
  sentences: number;
  longWords: number;
}

/** Above this many letters a word is long. */
export const LONG_WORD_LETTERS = 6;

/** Lower-case, without their final full stop. */
const ABBREVIATIONS = new Set([
  'bl.a',
  'ca',
  'dvs',
  'el',
  'etc',
  'evt',
  'f.eks',
  'fx',
  'hhv',
  'inkl',
  'jf',
  'kap',
  'kl',
  'mht',
  'm.fl',
  'm.m',
  'mv',
  'm.v',
  'nr',
  'o.l',
  'osv',
  'pga',
  'pkt',
  'stk',
  'th',
  'tv',
  'vedr',
  'e.g',
  'i.e',
  'approx',
  'no',
  'vs',
  'cf',
]);

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const SENTENCE_END = /[.!?:]/;

function letterCount(word: string): number {
  return word.match(/\p{L}/gu)?.length ?? 0;
}

/** True when the full stop closing `token` only closes an abbreviation or an ordinal. */
function isNonFinalFullStop(token: string, next: string | undefined): boolean {
  const trailing = token.match(/[^\p{L}\p{N}]+$/u)?.[0] ?? '';
  if (trailing !== '.') return false;
  const core = token
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .slice(0, -1)
    .toLowerCase();
  if (ABBREVIATIONS.has(core)) return true;
  return /^\d+$/.test(core) && next !== undefined && /^\p{Ll}/u.test(next);
}

/** The words of one sentence, as written (edge punctuation kept). */
export type Sentence = readonly string[];

/**
 * The text split into sentences by the rules above; `ends` holds the
 * punctuation that closes a sentence (LIX counts the colon too).
 */
export function splitSentences(text: string, ends: RegExp = SENTENCE_END): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of text.split(/\n[ \t]*\n/)) {
    const tokens = paragraph.split(/\s+/).filter((token) => token !== '');
    let open: string[] = [];
    tokens.forEach((token, index) => {
      if (token.replace(EDGE_PUNCTUATION, '') !== '') open.push(token);
      const trailing = token.match(/[^\p{L}\p{N}]+$/u)?.[0] ?? '';
      if (open.length > 0 && ends.test(trailing) && !isNonFinalFullStop(token, tokens[index + 1])) {
        sentences.push(open);
        open = [];
      }
    });
    if (open.length > 0) sentences.push(open);
  }
  return sentences;
}

/** A word's letters and digits without the punctuation at its edges. */
export function wordCore(token: string): string {
  return token.replace(EDGE_PUNCTUATION, '');
}

export function lix(text: string): LixResult {
  const sentences = splitSentences(text);
  const words = sentences.reduce((sum, sentence) => sum + sentence.length, 0);
  const longWords = sentences.flat().filter((token) => letterCount(wordCore(token)) > LONG_WORD_LETTERS).length;
  if (words === 0) return { lix: 0, words: 0, sentences: 0, longWords: 0 };
  return { lix: words / sentences.length + (100 * longWords) / words, words, sentences: sentences.length, longWords };
}
