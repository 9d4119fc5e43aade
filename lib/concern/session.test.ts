import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createGuideSession } from './session';
import { TOKEN_MAX_AGE_MS } from './token';

describe('createGuideSession', () => {
  let now = Date.UTC(2026, 10, 23);
  const session = createGuideSession(new Set(['aarhus']), randomBytes(32), () => now);

  it('opens what it sealed', () => {
    const answers = { danger: 'no', topic: 'self', municipality: 'aarhus' } as const;
    expect(session.open(session.seal(answers))).toEqual({ status: 'ok', answers });
  });

  it('drops a sealed answer the content no longer offers', () => {
    expect(session.open(session.seal({ danger: 'no', topic: 'self', municipality: 'nuuk' }))).toEqual({
      status: 'ok',
      answers: { danger: 'no', topic: 'self' },
    });
  });

  it('reads the clock when it opens, so a token expires', () => {
    const token = session.seal({ danger: 'no' });
    now += TOKEN_MAX_AGE_MS + 1;
    expect(session.open(token)).toEqual({ status: 'expired' });
  });
});
