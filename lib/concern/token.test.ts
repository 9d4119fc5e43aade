import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { concernGuideKey } from './key';
import { type Answers } from './questions';
import { openAnswers, sealAnswers, TOKEN_MAX_AGE_MS } from './token';

const key = randomBytes(32);
const now = Date.UTC(2026, 10, 23, 12, 0, 0);
const answers: Answers = { danger: 'no', topic: 'self', municipality: 'lyngby-taarbaek' };

describe('sealed answers', () => {
  it('open to the same answers', () => {
    expect(openAnswers(sealAnswers(answers, key, now), key, now + 1000)).toEqual({ status: 'ok', answers });
    expect(openAnswers(sealAnswers({}, key, now), key, now)).toEqual({ status: 'ok', answers: {} });
  });

  it('show nothing of the answers, and differ each time', () => {
    const first = sealAnswers(answers, key, now);
    expect(first).toMatch(/^[A-Za-z0-9_-]+$/);
    // Two-letter values like "no" turn up in random base64 now and then, so the
    // encoded token is checked for the longer values and the decoded bytes for
    // the quoted short one.
    for (const readable of ['self', 'lyngby', 'danger']) expect(first).not.toContain(readable);
    const bytes = Buffer.from(first, 'base64url').toString('latin1');
    for (const readable of ['"no"', 'self', 'lyngby', 'danger']) expect(bytes).not.toContain(readable);
    expect(sealAnswers(answers, key, now)).not.toBe(first);
  });

  it('are short enough for an address', () => {
    const all: Answers = { danger: 'no', topic: 'person', role: 'prison-probation', age: 'under-18', municipality: 'sydsjaelland-test' };
    expect(sealAnswers(all, key, now).length).toBeLessThan(160);
  });

  it('stop opening after the maximum age', () => {
    const token = sealAnswers(answers, key, now);
    expect(openAnswers(token, key, now + TOKEN_MAX_AGE_MS - 1000).status).toBe('ok');
    expect(openAnswers(token, key, now + TOKEN_MAX_AGE_MS + 1000)).toEqual({ status: 'expired' });
  });

  it('do not open when issued well in the future', () => {
    expect(openAnswers(sealAnswers(answers, key, now + 10 * 60 * 1000), key, now)).toEqual({ status: 'expired' });
  });

  it('do not open with another key', () => {
    expect(openAnswers(sealAnswers(answers, key, now), randomBytes(32), now)).toEqual({ status: 'invalid' });
  });

  it('do not open when changed', () => {
    const token = sealAnswers(answers, key, now);
    const middle = Math.floor(token.length / 2);
    const flipped = token.slice(0, middle) + (token[middle] === 'A' ? 'B' : 'A') + token.slice(middle + 1);
    expect(openAnswers(flipped, key, now)).toEqual({ status: 'invalid' });
    expect(openAnswers(token.slice(0, -4), key, now)).toEqual({ status: 'invalid' });
  });

  it('turn junk into invalid, never an exception', () => {
    for (const junk of ['', 'abc', 'x'.repeat(2000), '../../etc/passwd', '%00%00', 'A'.repeat(60), '=?!'.repeat(20)]) {
      expect(openAnswers(junk, key, now)).toEqual({ status: 'invalid' });
    }
  });
});

describe('concernGuideKey', () => {
  it('derives the same 32-byte key from the configured secret in every process', () => {
    const env = { CONCERN_GUIDE_KEY: 'a long shared secret set by the operator' };
    expect(concernGuideKey(env)).toHaveLength(32);
    expect(concernGuideKey(env).equals(concernGuideKey({ ...env }))).toBe(true);
    expect(concernGuideKey(env).equals(concernGuideKey({ CONCERN_GUIDE_KEY: 'another' }))).toBe(false);
  });

  it('makes one key per process when none is configured', () => {
    const none = {};
    expect(concernGuideKey(none)).toHaveLength(32);
    expect(concernGuideKey(none).equals(concernGuideKey(none))).toBe(true);
  });
});
