import { splitSentences, wordCore } from './lix';

/**
 * How long the sentences of a text's running prose are: the average number
 * of words per sentence and the share of very short sentences.
 *
 * Only prose is counted. A block (text between blank lines: a paragraph, a
 * list item, a heading) is prose when it ends as a sentence does, with `.`,
 * `!`, `?` or `:`. Headings, labels and list items written as fragments
 * ("kommuner og regioner") end without one and are left out, so a page is
 * not called choppy for its headings, nor fluent for its lists.
 *
 * Within prose a sentence ends at `.`, `!` or `?` with the same exceptions
 * as LIX (abbreviations, ordinals), but not at a colon: what follows a colon
 * belongs to the same sentence for a reader, even though LIX counts it apart.
 */
export interface SentenceLengthResult {
  sentences: number;
  words: number;
  /** Words per sentence; 0 for a text without prose. */
  averageWords: number;
  /** Sentences of SHORT_SENTENCE_WORDS words or fewer. */
  shortSentences: number;
  /** shortSentences / sentences, from 0 to 1; 0 for a text without prose. */
  shortShare: number;
  /** Sentences whose first word is "Og" (and): a sign of chopped-up prose. */
  startingWithOg: number;
}

/** A sentence of this many words or fewer is very short. */
export const SHORT_SENTENCE_WORDS = 6;

const PROSE_BLOCK_END = /[.!?:]["'”’»«)\]]*$/u;
const FULL_STOP = /[.!?]/;

export function proseBlocks(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => PROSE_BLOCK_END.test(block));
}

export function sentenceLengths(text: string): SentenceLengthResult {
  const sentences = splitSentences(proseBlocks(text).join('\n\n'), FULL_STOP);
  const words = sentences.reduce((sum, sentence) => sum + sentence.length, 0);
  const shortSentences = sentences.filter((sentence) => sentence.length <= SHORT_SENTENCE_WORDS).length;
  const startingWithOg = sentences.filter((sentence) => wordCore(sentence[0] ?? '') === 'Og').length;
  if (sentences.length === 0) return { sentences: 0, words: 0, averageWords: 0, shortSentences: 0, shortShare: 0, startingWithOg: 0 };
  return {
    sentences: sentences.length,
    words,
    averageWords: words / sentences.length,
    shortSentences,
    shortShare: shortSentences / sentences.length,
    startingWithOg,
  };
}
