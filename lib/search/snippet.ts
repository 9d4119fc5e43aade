import { type Locale } from '@/lib/i18n/routing';
import { termHead, tokenizeWithOffsets, type WordMatcher, type WordToken } from './terms';

/** A piece of text, marked when it is a word the search matched. Rendered with React, never as HTML. */
export interface TextPart {
  text: string;
  mark: boolean;
}

export interface Snippet {
  parts: TextPart[];
  /** True when text was left out before or after, for the page to show an ellipsis. */
  cutBefore: boolean;
  cutAfter: boolean;
}

export const SNIPPET_WORDS = 30;
/** Words of context kept before the first match, so the snippet does not start on it. */
const LEAD_IN = 5;
/** Enough to find a good window in a long page without scanning every match. */
const MAX_MATCHES_CONSIDERED = 200;

/**
 * A page's words and their first letters are the same for every search that shows it, so they are
 * kept for the pages shown most recently (a bounded cache: emptied when full).
 */
const TEXT_CACHE_LIMIT = 2_000;
const tokenCache = new Map<string, WordToken[]>();
const headCache = new Map<string, string[]>();

function tokensOf(text: string): WordToken[] {
  let tokens = tokenCache.get(text);
  if (!tokens) {
    if (tokenCache.size >= TEXT_CACHE_LIMIT) tokenCache.clear();
    tokens = tokenizeWithOffsets(text);
    tokenCache.set(text, tokens);
  }
  return tokens;
}

function headsOf(text: string, tokens: readonly WordToken[], locale: Locale): string[] {
  const key = `${locale}:${text}`;
  let heads = headCache.get(key);
  if (!heads) {
    if (headCache.size >= TEXT_CACHE_LIMIT) headCache.clear();
    heads = tokens.map((token) => termHead(locale, token.word));
    headCache.set(key, heads);
  }
  return heads;
}

/**
 * Splits the text from token `from` up to token `to` (exclusive) into parts,
 * marking the tokens in `marked`; `fromChar` and `toChar` widen the range to
 * take in text before the first and after the last token.
 */
function toParts(
  text: string,
  tokens: readonly WordToken[],
  marked: ReadonlySet<number>,
  range: { from: number; to: number; fromChar: number; toChar: number },
): TextPart[] {
  const parts: TextPart[] = [];
  const push = (value: string, mark: boolean) => {
    if (!value) return;
    const last = parts.at(-1);
    if (last && !last.mark && !mark) last.text += value;
    else parts.push({ text: value, mark });
  };
  let cursor = range.fromChar;
  for (let index = range.from; index < range.to; index++) {
    if (!marked.has(index)) continue;
    const token = tokens[index]!;
    push(text.slice(cursor, token.start), false);
    push(text.slice(token.start, token.end), true);
    cursor = token.end;
  }
  push(text.slice(cursor, range.toChar), false);
  return parts;
}

/** The whole of a short text (a title) with its matched words marked. */
export function markMatches(text: string, matcher: WordMatcher): TextPart[] {
  const tokens = tokenizeWithOffsets(text);
  const marked = new Set<number>();
  tokens.forEach((token, index) => {
    if (matcher(token.word) !== undefined) marked.add(index);
  });
  return toParts(text, tokens, marked, { from: 0, to: tokens.length, fromChar: 0, toChar: text.length });
}

/**
 * A window of about {@link SNIPPET_WORDS} words holding as many different
 * matched terms as possible (the earliest such window on a tie), with those
 * words marked. With no match in the text (a title-only hit), the start of
 * the text, which is the page's description.
 */
export function makeSnippet(text: string, matcher: WordMatcher, size = SNIPPET_WORDS): Snippet {
  const tokens = tokensOf(text);
  if (tokens.length === 0) return { parts: [], cutBefore: false, cutAfter: false };

  const matches: number[] = [];
  const termAt = new Map<number, string>();
  const heads = matcher.locale ? headsOf(text, tokens, matcher.locale) : undefined;
  for (let index = 0; index < tokens.length && matches.length < MAX_MATCHES_CONSIDERED; index++) {
    const term = matcher(tokens[index]!.word, heads?.[index]);
    if (term !== undefined) {
      matches.push(index);
      termAt.set(index, term);
    }
  }

  // The window starting LEAD_IN words before each match, slid along the matches with two pointers
  // (both windows' edges only move forward), counting the distinct terms inside it.
  let start = 0;
  let best = 0;
  const inWindow = new Map<string, number>();
  let low = 0;
  let high = 0;
  for (const match of matches) {
    const candidate = Math.max(0, match - LEAD_IN);
    while (high < matches.length && matches[high]! < candidate + size) {
      const term = termAt.get(matches[high]!)!;
      inWindow.set(term, (inWindow.get(term) ?? 0) + 1);
      high++;
    }
    while (matches[low]! < candidate) {
      const term = termAt.get(matches[low]!)!;
      const left = inWindow.get(term)! - 1;
      if (left === 0) inWindow.delete(term);
      else inWindow.set(term, left);
      low++;
    }
    if (inWindow.size > best) {
      best = inWindow.size;
      start = candidate;
    }
  }
  const end = Math.min(tokens.length, start + size);
  const marked = new Set(matches.filter((index) => index >= start && index < end));
  const cutAfter = end < tokens.length;
  const parts = toParts(text, tokens, marked, {
    from: start,
    to: end,
    fromChar: tokens[start]!.start,
    // The full stop after the text's last word belongs to it.
    toChar: cutAfter ? tokens[end - 1]!.end : text.trimEnd().length,
  });
  return { parts, cutBefore: start > 0, cutAfter };
}
