import { randomBytes } from 'node:crypto';
import { type StaffIdentity } from './access';
import { type AuthConfig } from './config';
import { seal, unseal } from './seal';

/** The back office's cookies live under /admin only: the public site never receives or sets one. */
export const ADMIN_PATH = '/admin';
export const SESSION_COOKIE = 'portal_admin_session';
export const SIGN_IN_COOKIE = 'portal_admin_signin';

export interface StaffSession {
  identity: StaffIdentity;
  /** Milliseconds since the epoch. */
  createdAt: number;
  lastSeenAt: number;
  /** Ties every state-changing form to this session. */
  csrf: string;
}

/** What the sign-in keeps between leaving for the provider and coming back (PKCE, state, nonce). */
export interface SignInTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  startedAt: number;
}

type Limits = Pick<AuthConfig, 'idleTimeoutMinutes' | 'maxLifetimeHours'>;

export function newSession(identity: StaffIdentity, now: number): StaffSession {
  return { identity, createdAt: now, lastSeenAt: now, csrf: randomBytes(24).toString('base64url') };
}

export type SessionState = { kind: 'none' } | { kind: 'expired' } | { kind: 'active'; session: StaffSession };

export function readSession(cookie: string | undefined, secret: string, limits: Limits, now: number): SessionState {
  if (!cookie) return { kind: 'none' };
  const session = unseal<StaffSession>(cookie, secret, SESSION_COOKIE);
  if (!session || typeof session.createdAt !== 'number' || typeof session.lastSeenAt !== 'number') return { kind: 'none' };
  const idle = now - session.lastSeenAt > limits.idleTimeoutMinutes * 60_000;
  const tooOld = now - session.createdAt > limits.maxLifetimeHours * 3_600_000;
  // A clock that went backwards, or a cookie from the future, is not trusted either.
  if (idle || tooOld || session.createdAt > now + 60_000) return { kind: 'expired' };
  return { kind: 'active', session };
}

/** The session seen now; renewed in the cookie at most once a minute, so idle time is measured. */
export function touch(session: StaffSession, now: number): StaffSession | undefined {
  return now - session.lastSeenAt >= 60_000 ? { ...session, lastSeenAt: now } : undefined;
}

interface CookieOptions {
  maxAgeSeconds: number;
}

/** One Set-Cookie value: scoped to /admin, unreadable by scripts, sent only over HTTPS and same-site navigation. */
export function cookieHeader(name: string, value: string, { maxAgeSeconds }: CookieOptions): string {
  return `${name}=${value}; Path=${ADMIN_PATH}; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}; HttpOnly; Secure; SameSite=Lax`;
}

export function clearCookieHeader(name: string): string {
  return cookieHeader(name, '', { maxAgeSeconds: 0 });
}

export function sessionCookieHeader(session: StaffSession, secret: string, limits: Limits, now: number): string {
  const remaining = (session.createdAt + limits.maxLifetimeHours * 3_600_000 - now) / 1000;
  return cookieHeader(SESSION_COOKIE, seal(session, secret, SESSION_COOKIE), { maxAgeSeconds: remaining });
}

export function signInCookieHeader(transaction: SignInTransaction, secret: string): string {
  return cookieHeader(SIGN_IN_COOKIE, seal(transaction, secret, SIGN_IN_COOKIE), { maxAgeSeconds: 600 });
}

export function readSignIn(cookie: string | undefined, secret: string, now: number): SignInTransaction | undefined {
  const transaction = cookie ? unseal<SignInTransaction>(cookie, secret, SIGN_IN_COOKIE) : undefined;
  return transaction && now - transaction.startedAt <= 600_000 ? transaction : undefined;
}

/** The value of one cookie in a Cookie request header. */
export function cookieValue(header: string | null | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
