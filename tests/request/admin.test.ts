import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { identityFromClaims } from '@/lib/auth/access';
import { newSession, SESSION_COOKIE, sessionCookieHeader, type StaffSession } from '@/lib/auth/session';
import { TEST_ADMIN } from '../support/server.mjs';
import { origin, request } from './support/http';

/**
 * Every address under /admin, every method, every kind of visitor: the table below lists the
 * back office's routes, and the first test fails when a route exists that the table does not name.
 */
type Access = 'staff' | 'open';
interface AdminRoute {
  path: string;
  /** The methods the route answers; every other method is refused. */
  methods: ('GET' | 'POST')[];
  access: Access;
}

const routes: Record<string, AdminRoute> = {
  'admin/page.tsx': { path: '/admin', methods: ['GET'], access: 'staff' },
  'admin/logout/route.ts': { path: '/admin/logout', methods: ['POST'], access: 'staff' },
  'admin/login/route.ts': { path: '/admin/login', methods: ['GET'], access: 'open' },
  'admin/callback/route.ts': { path: '/admin/callback', methods: ['GET'], access: 'open' },
  'admin/logget-ud/page.tsx': { path: '/admin/logget-ud', methods: ['GET'], access: 'open' },
  'admin/fejl/page.tsx': { path: '/admin/fejl', methods: ['GET'], access: 'open' },
};

function routeFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^(page|route)\.tsx?$/.test(entry.name) ? [path.relative('app', full)] : [];
  });
}

const now = Date.now();
const limits = { idleTimeoutMinutes: 30, maxLifetimeHours: 10 };
function sessionOf(email: string): { session: StaffSession; cookie: string } {
  const session = newSession(identityFromClaims({ sub: email, email }, undefined), now);
  const header = sessionCookieHeader(session, TEST_ADMIN.sessionSecret, limits, now);
  return { session, cookie: header.split(';')[0]! };
}
const staff = sessionOf(TEST_ADMIN.staffEmail);
const stranger = sessionOf('someone@example.test');

function send(route: AdminRoute, method: string, options: { cookie?: string; csrf?: string; sameOrigin?: boolean } = {}) {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.sameOrigin !== false && method !== 'GET') headers.origin = origin();
  if (method === 'GET') return request(route.path, { headers });
  headers['content-type'] = 'application/x-www-form-urlencoded';
  const body = new URLSearchParams(options.csrf === undefined ? {} : { csrf: options.csrf });
  return request(route.path, { method, headers, body });
}

const staffRoutes = Object.values(routes).filter((route) => route.access === 'staff');

/** A POST to a route that takes none is refused by server.mjs's gate (405) before anything else runs. */
function expectGateRefusal(route: AdminRoute, answer: { status: number; headers: Headers }): boolean {
  if (route.methods.includes('POST')) return false;
  expect(answer.status, route.path).toBe(405);
  expect(answer.headers.get('allow'), route.path).not.toContain('POST');
  return true;
}

describe('the back office answers no one but staff', () => {
  test('the table names every route under app/admin', () => {
    expect(routeFiles(path.join('app', 'admin')).toSorted()).toEqual(Object.keys(routes).toSorted());
  });

  describe.each(staffRoutes)('$path', (route) => {
    test.each(['GET', 'POST'])('%s without a session leads to sign-in', async (method) => {
      const answer = await send(route, method);
      if (method === 'POST' && expectGateRefusal(route, answer)) return;
      expect(answer.status).toBe(303);
      expect(answer.headers.get('location')).toMatch(new RegExp(`/admin/login\\?next=${encodeURIComponent(route.path)}$`));
    });

    test.each(['GET', 'POST'])('%s by someone who is not staff is forbidden', async (method) => {
      const answer = await send(route, method, { cookie: stranger.cookie, csrf: stranger.session.csrf });
      if (method === 'POST' && expectGateRefusal(route, answer)) return;
      expect(answer.status).toBe(403);
      expect(answer.body).not.toContain(TEST_ADMIN.staffEmail);
    });

    test('a POST from another site, or with a forged or missing token, is refused', async () => {
      for (const options of [
        { cookie: staff.cookie, csrf: staff.session.csrf, sameOrigin: false },
        { cookie: staff.cookie, csrf: 'forged' },
        { cookie: staff.cookie },
        { cookie: staff.cookie, csrf: stranger.session.csrf },
      ]) {
        const answer = await send(route, 'POST', options);
        if (expectGateRefusal(route, answer)) continue;
        expect(answer.status, JSON.stringify(options)).toBe(403);
        expect(answer.headers.get('set-cookie') ?? '').not.toContain(`${SESSION_COOKIE}=;`);
      }
    });

    test('staff get through, by the methods the route has', async () => {
      for (const method of route.methods) {
        const answer = await send(route, method, { cookie: staff.cookie, csrf: staff.session.csrf });
        expect(answer.status, `${method} ${route.path}`).toBeLessThan(400);
      }
    });
  });

  test('the sign-in round trip and its receipts are open, and set no session', async () => {
    for (const route of Object.values(routes).filter((candidate) => candidate.access === 'open')) {
      const answer = await send(route, 'GET');
      expect(answer.status, route.path).toBeLessThan(400);
      expect(answer.headers.get('set-cookie') ?? '', route.path).not.toMatch(new RegExp(`${SESSION_COOKIE}=[^;]`));
    }
  });

  test('staff see who they are signed in as, and a sign-out form with their token', async () => {
    const { html } = await send(routes['admin/page.tsx']!, 'GET', { cookie: staff.cookie });
    expect(html.querySelector('main')?.textContent).toContain('kursus');
    const form = html.querySelector('form[action="/admin/logout"]');
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.querySelector('input[name="csrf"]')?.getAttribute('value')).toBe(staff.session.csrf);
  });

  test('signing out clears the session cookie', async () => {
    const answer = await send(routes['admin/logout/route.ts']!, 'POST', { cookie: staff.cookie, csrf: staff.session.csrf });
    expect(answer.status).toBe(303);
    expect(answer.headers.get('set-cookie')).toMatch(
      new RegExp(`^${SESSION_COOKIE}=; Path=/admin; Max-Age=0; HttpOnly; Secure; SameSite=Lax`),
    );
  });
});
