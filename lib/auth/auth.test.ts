import { describe, expect, test } from 'vitest';
import { identityFromClaims, mayEnter } from './access';
import { readAuthConfig } from './config';
import { decide, type AdminRequest } from './guard';
import { seal, unseal } from './seal';
import { cookieHeader, newSession, readSession, SESSION_COOKIE, sessionCookieHeader, touch } from './session';

const env = {
  ADMIN_OIDC_ISSUER: 'https://login.example.test/tenant/v2.0',
  ADMIN_OIDC_CLIENT_ID: 'portal',
  ADMIN_OIDC_CLIENT_SECRET: 'client-secret',
  ADMIN_SESSION_SECRET: 's'.repeat(40),
  ADMIN_ALLOWED_EMAILS: 'Kursus@Example.test, other@example.test',
  PORTAL_SITE_URL: 'https://portal.example.test',
};
const config = (() => {
  const result = readAuthConfig(env);
  if (!result.ok) throw new Error('test config');
  return result.config;
})();
const MINUTE = 60_000;
const start = Date.UTC(2026, 11, 1, 9);

describe('configuration', () => {
  test('names every missing setting and lets no one in without a rule', () => {
    expect(readAuthConfig({})).toEqual({
      ok: false,
      missing: [
        'ADMIN_OIDC_ISSUER',
        'ADMIN_OIDC_CLIENT_ID',
        'ADMIN_OIDC_CLIENT_SECRET',
        'ADMIN_SESSION_SECRET',
        'ADMIN_ALLOWED_EMAILS or ADMIN_ROLE',
      ],
    });
    expect(readAuthConfig({ ...env, ADMIN_SESSION_SECRET: 'short' })).toEqual({ ok: false, missing: ['ADMIN_SESSION_SECRET'] });
  });

  test('reads the allow-list in lower case, a role rule, and the timeouts', () => {
    const result = readAuthConfig({ ...env, ADMIN_ROLE: 'roles=Portal.Staff', ADMIN_SESSION_IDLE_MINUTES: '15' });
    expect(result.ok && [...result.config.allowedEmails]).toEqual(['kursus@example.test', 'other@example.test']);
    expect(result.ok && result.config.role).toEqual({ claim: 'roles', value: 'Portal.Staff' });
    expect(result.ok && [result.config.idleTimeoutMinutes, result.config.maxLifetimeHours]).toEqual([15, 10]);
  });
});

describe('who may enter', () => {
  test('a listed address, in any case, or the configured role; nobody else', () => {
    const listed = identityFromClaims({ sub: '1', email: 'KURSUS@example.test' }, undefined);
    expect(mayEnter(listed, config)).toBe(true);
    const stranger = identityFromClaims({ sub: '2', email: 'someone@example.test', roles: ['Portal.Staff'] }, 'roles');
    expect(mayEnter(stranger, config)).toBe(false);
    expect(mayEnter(stranger, { ...config, role: { claim: 'roles', value: 'Portal.Staff' } })).toBe(true);
    expect(
      mayEnter(identityFromClaims({ sub: '3', roles: 'Portal.Staff' }, 'roles'), {
        ...config,
        role: { claim: 'roles', value: 'Portal.Staff' },
      }),
    ).toBe(true);
    expect(mayEnter(identityFromClaims({ sub: '4' }, 'roles'), config)).toBe(false);
  });
});

describe('sealed cookies', () => {
  test('open only unaltered, under the same secret and purpose', () => {
    const sealed = seal({ a: 1 }, config.sessionSecret, 'one');
    expect(unseal(sealed, config.sessionSecret, 'one')).toEqual({ a: 1 });
    expect(unseal(sealed, config.sessionSecret, 'two')).toBeUndefined();
    expect(unseal(sealed, 'x'.repeat(40), 'one')).toBeUndefined();
    const flipped = Buffer.from(sealed, 'base64url');
    flipped[flipped.length - 1]! ^= 1;
    expect(unseal(flipped.toString('base64url'), config.sessionSecret, 'one')).toBeUndefined();
    expect(unseal('not-a-cookie', config.sessionSecret, 'one')).toBeUndefined();
  });

  test('the session cookie is scoped to /admin, HttpOnly, Secure and SameSite', () => {
    const header = sessionCookieHeader(newSession(identityFromClaims({ sub: '1' }, undefined), start), config.sessionSecret, config, start);
    expect(header).toMatch(/^portal_admin_session=[\w-]+; Path=\/admin; Max-Age=36000; HttpOnly; Secure; SameSite=Lax$/);
    expect(cookieHeader('x', '', { maxAgeSeconds: -5 })).toContain('Max-Age=0');
  });
});

describe('session lifetime', () => {
  const session = newSession(identityFromClaims({ sub: '1', email: 'kursus@example.test' }, undefined), start);
  const cookie = sessionCookieHeader(session, config.sessionSecret, config, start).split(';')[0]!.split('=')[1];

  test('ends after the idle timeout and after the absolute lifetime, even when used all along', () => {
    expect(readSession(cookie, config.sessionSecret, config, start + 29 * MINUTE).kind).toBe('active');
    expect(readSession(cookie, config.sessionSecret, config, start + 31 * MINUTE).kind).toBe('expired');
    let current = session;
    for (let minute = 20; minute <= 600; minute += 20) current = touch(current, start + minute * MINUTE) ?? current;
    const kept = sessionCookieHeader(current, config.sessionSecret, config, start).split(';')[0]!.split('=')[1];
    expect(readSession(kept, config.sessionSecret, config, start + 599 * MINUTE).kind).toBe('active');
    expect(readSession(kept, config.sessionSecret, config, start + 601 * MINUTE).kind).toBe('expired');
  });

  test('is renewed at most once a minute', () => {
    expect(touch(session, start + 30_000)).toBeUndefined();
    expect(touch(session, start + MINUTE)?.lastSeenAt).toBe(start + MINUTE);
  });
});

describe('the guard in front of every /admin request', () => {
  const auth = readAuthConfig(env);
  const staff = newSession(identityFromClaims({ sub: '1', email: 'kursus@example.test' }, undefined), start);
  const outsider = newSession(identityFromClaims({ sub: '2', email: 'someone@example.test' }, undefined), start);
  const cookieOf = (session: typeof staff) =>
    `${SESSION_COOKIE}=${sessionCookieHeader(session, config.sessionSecret, config, start).split(';')[0]!.split('=')[1]}`;
  const request = (overrides: Partial<AdminRequest>): AdminRequest => ({
    method: 'GET',
    pathname: '/admin',
    cookieHeader: null,
    origin: null,
    secFetchSite: null,
    ...overrides,
  });

  test('without settings it says what to set', () => {
    expect(decide(request({}), readAuthConfig({}), start).kind).toBe('not-configured');
  });

  test('no session: sign in; an expired one is also cleared', () => {
    expect(decide(request({}), auth, start)).toEqual({ kind: 'sign-in', clearCookie: false });
    expect(decide(request({ cookieHeader: cookieOf(staff) }), auth, start + 2 * 3_600_000)).toEqual({ kind: 'sign-in', clearCookie: true });
    expect(decide(request({ cookieHeader: `${SESSION_COOKIE}=forged` }), auth, start).kind).toBe('sign-in');
  });

  test('a signed-in person who is not staff is forbidden', () => {
    expect(decide(request({ cookieHeader: cookieOf(outsider) }), auth, start).kind).toBe('forbidden');
  });

  test('a state-changing request needs our origin and the session token', () => {
    const post = { method: 'POST', cookieHeader: cookieOf(staff) };
    expect(decide(request({ ...post, origin: 'https://evil.example', csrfField: staff.csrf }), auth, start)).toEqual({
      kind: 'refused',
      reason: 'cross-site',
    });
    expect(decide(request({ ...post, csrfField: staff.csrf }), auth, start)).toEqual({ kind: 'refused', reason: 'cross-site' });
    expect(decide(request({ ...post, origin: config.siteUrl.origin, csrfField: 'forged' }), auth, start)).toEqual({
      kind: 'refused',
      reason: 'token',
    });
    expect(decide(request({ ...post, origin: config.siteUrl.origin }), auth, start)).toEqual({ kind: 'refused', reason: 'token' });
    expect(decide(request({ ...post, secFetchSite: 'same-origin', csrfField: staff.csrf }), auth, start).kind).toBe('allowed');
    // What a browser sends under Referrer-Policy: no-referrer.
    expect(decide(request({ ...post, origin: 'null', secFetchSite: 'same-origin', csrfField: staff.csrf }), auth, start).kind).toBe(
      'allowed',
    );
    expect(decide(request({ ...post, origin: 'null', secFetchSite: 'cross-site', csrfField: staff.csrf }), auth, start).kind).toBe(
      'refused',
    );
  });

  test('the sign-in round trip is open, but not to cross-site posts', () => {
    expect(decide(request({ pathname: '/admin/callback' }), auth, start).kind).toBe('open');
    expect(decide(request({ pathname: '/admin/login', method: 'POST', origin: 'https://evil.example' }), auth, start).kind).toBe('refused');
  });
});
