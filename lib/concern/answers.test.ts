import { describe, expect, it } from 'vitest';
import { isValidAnswer, sanitizeAnswers, singleParam, withAnswer } from './answers';

const slugs = new Set(['aarhus', 'lyngby-taarbaek']);

describe('sanitizeAnswers', () => {
  it('keeps every answer the guide offers', () => {
    const answers = { danger: 'no', topic: 'person', role: 'prison-probation', age: 'unknown', municipality: 'aarhus' };
    expect(sanitizeAnswers(answers, slugs)).toEqual(answers);
    expect(sanitizeAnswers({ municipality: 'unknown' }, slugs)).toEqual({ municipality: 'unknown' });
  });

  it('drops values the guide does not offer, and keeps the rest', () => {
    expect(sanitizeAnswers({ danger: 'maybe', topic: 'self', role: 'Teacher', age: 17, municipality: 'nuuk', extra: 'x' }, slugs)).toEqual({
      topic: 'self',
    });
  });

  it('treats anything that is not a plain record as no answers', () => {
    for (const junk of [undefined, null, 'danger=yes', 42, ['yes'], true]) expect(sanitizeAnswers(junk, slugs)).toEqual({});
  });

  it('is not fooled by inherited or prototype keys', () => {
    const raw = JSON.parse('{"__proto__": {"danger": "yes"}, "constructor": "x"}') as unknown;
    expect(sanitizeAnswers(raw, slugs)).toEqual({});
    expect(sanitizeAnswers(Object.create({ danger: 'yes' }) as unknown, slugs)).toEqual({});
  });

  it('drops arrays and objects given as answer values', () => {
    expect(sanitizeAnswers({ danger: ['yes', 'no'], topic: { value: 'self' } }, slugs)).toEqual({});
  });
});

describe('isValidAnswer and withAnswer', () => {
  it('accept only the offered answers for the question asked', () => {
    expect(isValidAnswer('age', 'under-18', slugs)).toBe(true);
    expect(isValidAnswer('age', 'yes', slugs)).toBe(false);
    expect(isValidAnswer('municipality', 'lyngby-taarbaek', slugs)).toBe(true);
    expect(isValidAnswer('municipality', 'Lyngby', slugs)).toBe(false);
  });

  it('adds an answer without changing the others', () => {
    const before = { danger: 'no' } as const;
    expect(withAnswer(before, 'topic', 'hate')).toEqual({ danger: 'no', topic: 'hate' });
    expect(before).toEqual({ danger: 'no' });
  });
});

describe('singleParam', () => {
  it('takes a single string value', () => {
    expect(singleParam('abc')).toBe('abc');
  });

  it('ignores a missing, repeated or oversized value', () => {
    expect(singleParam(undefined)).toBeUndefined();
    expect(singleParam(['a', 'b'])).toBeUndefined();
    expect(singleParam('x'.repeat(513))).toBeUndefined();
    expect(singleParam('x'.repeat(10), 5)).toBeUndefined();
  });
});
