import { randomBytes } from 'node:crypto';
import { HONEYPOT_FIELD } from './names';

/**
 * The idempotency token: a fresh random value in every rendered form, sent back hidden. A double
 * click, or a reload that posts again, carries the same token, and the registration layer answers
 * it with the first outcome instead of a second registration.
 */
export function newFormToken(): string {
  return randomBytes(16).toString('base64url');
}

const formTokenPattern = /^[A-Za-z0-9_-]{22}$/;

export function isFormToken(value: string): boolean {
  return formTokenPattern.test(value);
}

/** The e-mailed capability tokens are ≥ 128 bits in base64url (lib/registration); anything else is no token. */
export function isLinkToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{22,128}$/.test(value);
}

/** Whether the hidden field (names.ts) came back filled in: only a robot sees it. */
export function caughtByHoneypot(form: FormData): boolean {
  return form.getAll(HONEYPOT_FIELD).some((value) => value !== '');
}
