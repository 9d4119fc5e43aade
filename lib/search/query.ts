import { tokenizeWithOffsets } from './terms';

/** Longer queries are cut here; no real search needs more, and it bounds the work per request. */
export const MAX_QUERY_LENGTH = 200;
/** Each word costs a fuzzy look-up; more than this is pasted text, not a search. */
export const MAX_QUERY_WORDS = 10;

export interface CleanQuery {
  /** What is searched for and shown back: normalised, trimmed, possibly shortened. */
  text: string;
  /** True when the input was longer than allowed and was cut, so the page can say so. */
  truncated: boolean;
}

/**
 * Control, format (bidi overrides, zero-width characters), surrogate and
 * private-use characters: they carry no meaning in a search and can garble
 * the page the query is shown on.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/gu;

function firstValue(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  if (Array.isArray(raw) && typeof raw[0] === 'string') return raw[0];
  return '';
}

function cutToLength(text: string, max: number): string {
  const characters = Array.from(text);
  if (characters.length <= max) return text;
  const cut = characters.slice(0, max).join('');
  // End at a word boundary when one is near, so the last word is not half a word.
  const lastSpace = cut.lastIndexOf(' ');
  return lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut;
}

function cutToWords(text: string, max: number): string {
  const words = tokenizeWithOffsets(text);
  const last = words[max - 1];
  return words.length > max && last ? text.slice(0, last.end) : text;
}

/**
 * Turns whatever arrived in `?q=` (a string, several, nothing, 10,000
 * characters of anything) into a query that is safe to search and to show.
 */
export function sanitizeQuery(raw: unknown): CleanQuery {
  const input = firstValue(raw);
  // Normalising can grow a string, so a huge input is cut before the real work.
  const bounded = input.length > MAX_QUERY_LENGTH * 4 ? input.slice(0, MAX_QUERY_LENGTH * 4) : input;
  // In a `u` regex a lone surrogate is a code point of category Cs, so it goes too.
  const cleaned = bounded.replace(INVISIBLE, ' ').normalize('NFKC').replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  const text = cutToWords(cutToLength(cleaned, MAX_QUERY_LENGTH), MAX_QUERY_WORDS).trim();
  return { text, truncated: bounded !== input || text !== cleaned };
}

/** `?page=` as a page number from 1; anything else is page 1. */
export function parsePageNumber(raw: unknown): number {
  const value = firstValue(raw);
  if (!/^\d{1,6}$/.test(value)) return 1;
  return Math.max(1, Number(value));
}
