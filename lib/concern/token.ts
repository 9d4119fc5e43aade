import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { type Answers, questionIds } from './questions';

/**
 * The guide's answers travel between its pages in the address, sealed: an
 * AES-256-GCM encrypted, time-stamped token. The address bar and the browser
 * history show only an unreadable `?s=…`, the server stores nothing, and a
 * token older than TOKEN_MAX_AGE_MS no longer opens, so a page found later in
 * the history of a shared computer shows no answers. docs/concern-guide.md
 * gives the reasons for this choice.
 */
export const TOKEN_MAX_AGE_MS = 60 * 60 * 1000;

/** A token issued a little "in the future" still opens: clocks of several servers may differ. */
const CLOCK_SKEW_MS = 60 * 1000;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const VERSION = 'g1';
/** Binds a token to this use, so a token made for something else with the same key never opens here. */
const ASSOCIATED_DATA = Buffer.from('concern-guide-answers');

export type OpenedToken = { status: 'ok'; answers: Record<string, string> } | { status: 'expired' } | { status: 'invalid' };

/** `g1|<issued seconds>|<danger>|<topic>|<role>|<age>|<municipality>`; answer codes never hold `|`. */
function encode(answers: Answers, now: number): string {
  const values = questionIds.map((id) => answers[id] ?? '');
  return [VERSION, Math.floor(now / 1000).toString(), ...values].join('|');
}

function decode(payload: string): { issuedMs: number; answers: Record<string, string> } | undefined {
  const parts = payload.split('|');
  const [version, issued, ...values] = parts;
  if (version !== VERSION || values.length !== questionIds.length || !/^\d+$/.test(issued ?? '')) return undefined;
  const answers: Record<string, string> = {};
  questionIds.forEach((id, index) => {
    const value = values[index];
    if (value) answers[id] = value;
  });
  return { issuedMs: Number(issued) * 1000, answers };
}

export function sealAnswers(answers: Answers, key: Buffer, now: number): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(ASSOCIATED_DATA);
  const sealed = Buffer.concat([cipher.update(encode(answers, now), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/**
 * The raw answers in a token, unchecked: pass them through sanitizeAnswers.
 * Anything that is not a token this server sealed within the last hour is
 * `invalid` or `expired`, never an exception.
 */
export function openAnswers(token: string, key: Buffer, now: number): OpenedToken {
  if (!/^[A-Za-z0-9_-]{40,400}$/.test(token)) return { status: 'invalid' };
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length <= IV_BYTES + TAG_BYTES) return { status: 'invalid' };
  let payload: string;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(ASSOCIATED_DATA);
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    payload = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return { status: 'invalid' };
  }
  const decoded = decode(payload);
  if (!decoded) return { status: 'invalid' };
  const age = now - decoded.issuedMs;
  if (age > TOKEN_MAX_AGE_MS || age < -CLOCK_SKEW_MS) return { status: 'expired' };
  return { status: 'ok', answers: decoded.answers };
}
