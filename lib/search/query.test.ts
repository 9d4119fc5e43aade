import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, parsePageNumber, sanitizeQuery } from './query';

describe('sanitizeQuery', () => {
  it('trims and collapses whitespace', () => {
    expect(sanitizeQuery('  bekymring \n\t for  min søn ')).toEqual({ text: 'bekymring for min søn', truncated: false });
  });

  it('treats a missing or non-text value as an empty query', () => {
    expect(sanitizeQuery(undefined)).toEqual({ text: '', truncated: false });
    expect(sanitizeQuery({ nested: 'x' })).toEqual({ text: '', truncated: false });
    expect(sanitizeQuery('   ')).toEqual({ text: '', truncated: false });
  });

  it('takes the first of repeated parameters', () => {
    expect(sanitizeQuery(['infohus', 'kommune']).text).toBe('infohus');
  });

  it('cuts a 10,000-character query to the limit and says so', () => {
    const result = sanitizeQuery('a'.repeat(10_000));
    expect(Array.from(result.text)).toHaveLength(MAX_QUERY_LENGTH);
    expect(result.truncated).toBe(true);
  });

  it('cuts at a word boundary when one is near the limit', () => {
    const result = sanitizeQuery('ekstremisme '.repeat(40));
    expect(result.text.endsWith('ekstremisme')).toBe(true);
    expect(result.truncated).toBe(true);
  });

  it(`keeps at most ${MAX_QUERY_WORDS} words`, () => {
    const words = Array.from({ length: 15 }, (_, index) => `ord${index}`);
    const result = sanitizeQuery(words.join(' '));
    expect(result.text).toBe(words.slice(0, MAX_QUERY_WORDS).join(' '));
    expect(result.truncated).toBe(true);
  });

  it('removes control, zero-width and bidi characters', () => {
    expect(sanitizeQuery('info\u0000hus\u200b \u202eredro\u202c\u0007').text).toBe('info hus redro');
  });

  it('removes lone surrogates but keeps real emoji', () => {
    expect(sanitizeQuery('a\ud800b 😀').text).toBe('a b 😀');
  });

  it('normalises compatibility forms (NFKC): full-width letters and ligatures', () => {
    expect(sanitizeQuery('ｋｏｍｍｕｎｅ ﬁlter').text).toBe('kommune filter');
  });

  it('does not cut a multi-byte character in half at the limit', () => {
    const result = sanitizeQuery('😀'.repeat(300));
    expect(Array.from(result.text).every((character) => character === '😀')).toBe(true);
  });

  it('leaves markup and SQL as plain text: escaping is the renderer’s job', () => {
    expect(sanitizeQuery('<script>alert(1)</script>').text).toBe('<script>alert(1)</script>');
    expect(sanitizeQuery("' OR 1=1; --").text).toBe("' OR 1=1; --");
  });
});

describe('parsePageNumber', () => {
  it.each([
    ['3', 3],
    [undefined, 1],
    ['0', 1],
    ['-2', 1],
    ['2.5', 1],
    ['abc', 1],
    ['99999999999', 1],
    [['4', '5'], 4],
  ])('reads %j as page %i', (raw, page) => {
    expect(parsePageNumber(raw)).toBe(page);
  });
});
