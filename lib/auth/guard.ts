import { timingSafeEqual } from 'node:crypto';
import { mayEnter } from './access';
import { type AuthConfigResult } from './config';
import { cookieValue, readSession, SESSION_COOKIE, type StaffSession, touch } from './session';

/**
 * The one decision every request under /admin passes before anything is loaded: who is asking,
 * may they, and is a state-changing request really from our own form. Pure: the caller turns the
 * decision into a response.
 */

/** Addresses that must work without a session: the sign-in round trip and the signed-out receipt. */
export const OPEN_ADMIN_PATHS = ['/admin/login', '/admin/callback', '/admin/logget-ud', '/admin/fejl'] as const;

const SAFE_METHODS = new Set(['GET', 'HEAD']);

export interface AdminRequest {
  method: string;
  pathname: string;
  cookieHeader: string | null;
  origin: string | null;
  secFetchSite: string | null;
  /** The csrf field of a posted form, when the caller could read one. */
  csrfField?: string | null;
}

export type GuardDecision =
  | { kind: 'not-configured'; missing: string[] }
  | { kind: 'open' }
  | { kind: 'sign-in'; clearCookie: boolean }
  | { kind: 'forbidden'; session: StaffSession }
  | { kind: 'refused'; reason: 'cross-site' | 'token' }
  | { kind: 'allowed'; session: StaffSession; renewed?: StaffSession };

/**
 * Whether a posted form came from our own pages. Under the site's `Referrer-Policy: no-referrer`
 * browsers send `Origin: null` with a form, so Sec-Fetch-Site decides then.
 */
export function isSameOrigin(request: Pick<AdminRequest, 'origin' | 'secFetchSite'>, siteOrigin: string): boolean {
  if (request.origin && request.origin !== 'null') return request.origin === siteOrigin;
  return request.secFetchSite === 'same-origin';
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function decide(request: AdminRequest, auth: AuthConfigResult, now: number): GuardDecision {
  if (!auth.ok) return { kind: 'not-configured', missing: auth.missing };
  const { config } = auth;
  const changesState = !SAFE_METHODS.has(request.method);
  // Checked first, before any session is read: a cross-site form is refused whoever it carries.
  if (changesState && !isSameOrigin(request, config.siteUrl.origin)) return { kind: 'refused', reason: 'cross-site' };
  if ((OPEN_ADMIN_PATHS as readonly string[]).includes(request.pathname)) return { kind: 'open' };

  const state = readSession(cookieValue(request.cookieHeader, SESSION_COOKIE), config.sessionSecret, config, now);
  if (state.kind !== 'active') return { kind: 'sign-in', clearCookie: state.kind === 'expired' };
  const { session } = state;
  if (!mayEnter(session.identity, config)) return { kind: 'forbidden', session };
  if (changesState && !(request.csrfField && sameToken(request.csrfField, session.csrf))) return { kind: 'refused', reason: 'token' };
  return { kind: 'allowed', session, renewed: touch(session, now) };
}
