import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { identityFromClaims } from '@/lib/auth/access';
import { getContent } from '@/lib/content';
import { closeDb, getDb } from '@/lib/db';
import { composeMail } from '@/lib/forms/registration-service';
import { runPolicy } from '@/lib/forms/run-policy';
import { register } from '@/lib/registration';
import { newSession, SESSION_COOKIE, sessionCookieHeader, type StaffSession } from '@/lib/auth/session';
import { TEST_ADMIN } from '../support/server.mjs';
import { origin, request } from './support/http';

/**
 * Every address under /admin, every method, every kind of visitor: the table below lists the
 * back office's routes, and the first test fails when a route exists that the table does not name.
 */
type Access = 'staff' | 'open';
interface AdminRoute {
  /** The address, with ids of things the seed made (see beforeAll). */
  path: (seed: Seed) => string;
  /** The same address for something that does not exist: it answers 404. */
  missing?: string;
  /** The methods the route answers; every other method is refused. */
  methods: ('GET' | 'POST')[];
  access: Access;
}

/** What beforeAll puts in the server's database: a full run with a waiting list, and a run to cancel. */
interface Seed {
  seated: string;
  waiting: string;
  resend: string;
  message: string;
}
const COURSE = 'eksempel-netvaerksmoede';
const FULL_RUN = 'tilmelding-en-plads';
const RUN_TO_CANCEL = 'tilmelding-tyve';
const run = `/admin/kurser/${COURSE}/${FULL_RUN}`;

/** Keyed by route file; `#` tells apart addresses of one dynamic file. */
const routes: Record<string, AdminRoute> = {
  'admin/page.tsx': { path: () => '/admin', methods: ['GET'], access: 'staff' },
  'admin/logout/route.ts': { path: () => '/admin/logout', methods: ['POST'], access: 'staff' },
  'admin/login/route.ts': { path: () => '/admin/login', methods: ['GET'], access: 'open' },
  'admin/callback/route.ts': { path: () => '/admin/callback', methods: ['GET'], access: 'open' },
  'admin/logget-ud/page.tsx': { path: () => '/admin/logget-ud', methods: ['GET'], access: 'open' },
  'admin/fejl/page.tsx': { path: () => '/admin/fejl', methods: ['GET'], access: 'open' },
  'admin/udbakke/page.tsx': { path: () => '/admin/udbakke', methods: ['GET'], access: 'staff' },
  'admin/log/page.tsx': { path: () => '/admin/log', methods: ['GET'], access: 'staff' },
  'admin/kurser/[course]/[run]/page.tsx': {
    path: () => run,
    missing: `/admin/kurser/${COURSE}/no-such-run`,
    methods: ['GET'],
    access: 'staff',
  },
  'admin/kurser/[course]/[run]/deltagere.csv/route.ts': {
    path: () => `${run}/deltagere.csv`,
    missing: '/admin/kurser/no-such-course/x/deltagere.csv',
    methods: ['GET'],
    access: 'staff',
  },
  'admin/kurser/[course]/[run]/aflys/page.tsx': {
    path: () => `/admin/kurser/${COURSE}/${RUN_TO_CANCEL}/aflys`,
    missing: `/admin/kurser/${COURSE}/no-such-run/aflys`,
    methods: ['GET'],
    access: 'staff',
  },
  'admin/kurser/[course]/[run]/aflys/udfoer/route.ts': {
    path: () => `/admin/kurser/${COURSE}/${RUN_TO_CANCEL}/aflys/udfoer`,
    missing: `/admin/kurser/${COURSE}/no-such-run/aflys/udfoer`,
    methods: ['POST'],
    access: 'staff',
  },
  'admin/tilmeldinger/[id]/page.tsx': {
    path: (seed) => `/admin/tilmeldinger/${seed.seated}`,
    missing: '/admin/tilmeldinger/no-such-id',
    methods: ['GET'],
    access: 'staff',
  },
  'admin/tilmeldinger/[id]/[handling]/page.tsx#afmeld': {
    path: (seed) => `/admin/tilmeldinger/${seed.seated}/afmeld`,
    missing: '/admin/tilmeldinger/no-such-id/afmeld',
    methods: ['GET'],
    access: 'staff',
  },
  'admin/tilmeldinger/[id]/[handling]/page.tsx#tilbyd': {
    path: (seed) => `/admin/tilmeldinger/${seed.waiting}/tilbyd`,
    missing: '/admin/tilmeldinger/no-such-id/tilbyd',
    methods: ['GET'],
    access: 'staff',
  },
  'admin/tilmeldinger/[id]/[handling]/page.tsx#send-igen': {
    path: (seed) => `/admin/tilmeldinger/${seed.resend}/send-igen`,
    missing: '/admin/tilmeldinger/no-such-id/send-igen',
    methods: ['GET'],
    access: 'staff',
  },
  'admin/tilmeldinger/[id]/[handling]/page.tsx#unknown-action': {
    path: (seed) => `/admin/tilmeldinger/${seed.seated}/afmeld`,
    missing: `/admin/tilmeldinger/no-such-id/slet-alt`,
    methods: ['GET'],
    access: 'staff',
  },
  'admin/tilmeldinger/[id]/[handling]/udfoer/route.ts#send-igen': {
    path: (seed) => `/admin/tilmeldinger/${seed.resend}/send-igen/udfoer`,
    missing: '/admin/tilmeldinger/no-such-id/send-igen/udfoer',
    methods: ['POST'],
    access: 'staff',
  },
  'admin/tilmeldinger/[id]/[handling]/udfoer/route.ts#tilbyd': {
    path: (seed) => `/admin/tilmeldinger/${seed.waiting}/tilbyd/udfoer`,
    missing: '/admin/tilmeldinger/no-such-id/tilbyd/udfoer',
    methods: ['POST'],
    access: 'staff',
  },
  'admin/tilmeldinger/[id]/[handling]/udfoer/route.ts#afmeld': {
    path: (seed) => `/admin/tilmeldinger/${seed.seated}/afmeld/udfoer`,
    missing: '/admin/tilmeldinger/no-such-id/afmeld/udfoer',
    methods: ['POST'],
    access: 'staff',
  },
  'admin/udbakke/[id]/proev-igen/route.ts': {
    path: (seed) => `/admin/udbakke/${seed.message}/proev-igen`,
    missing: '/admin/udbakke/no-such-message/proev-igen',
    methods: ['POST'],
    access: 'staff',
  },
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

let seed: Seed;
beforeAll(async () => {
  // The server migrates the database on its first request; then this process opens the same file.
  await request('/admin', { headers: { cookie: staff.cookie } });
  seed = await seedBackOffice();
});
afterAll(async () => {
  await closeDb();
});

async function seedBackOffice(): Promise<Seed> {
  const db = await getDb();
  const course = getContent().courses.find((candidate) => candidate.slug === COURSE)!;
  const policy = (id: string) =>
    runPolicy(
      course,
      course.runs.find((candidate) => candidate.id === id)!,
    );
  const now = new Date();
  const person = (n: number, name = `Deltager ${n}`) => ({
    name,
    email: `admin-test-${n}@example.org`,
    organisationKind: 'municipality',
    organisation: 'Aarhus Kommune',
    role: 'SSP-koordinator',
    locale: 'da' as const,
  });
  const ids: string[] = [];
  for (const [n, runId, name] of [
    [1, FULL_RUN, '=HYPERLINK("http://example.org")'],
    [2, FULL_RUN, 'Åse Ærenlund Østergård'],
    [3, FULL_RUN, 'Carl Venteliste'],
    [4, RUN_TO_CANCEL, 'Dorte Aflyst'],
  ] as const) {
    const outcome = await register(db, policy(runId), person(n, name), { now, mail: composeMail });
    if (outcome.kind !== 'held' && outcome.kind !== 'waiting') throw new Error(`seed: ${outcome.kind}`);
    ids.push((await db.selectFrom('registrations').select('id').where('receipt', '=', outcome.receipt).executeTakeFirstOrThrow()).id);
  }
  const message = await db.selectFrom('outbox').select('id').orderBy('created_at').executeTakeFirstOrThrow();
  return { seated: ids[0]!, waiting: ids[2]!, resend: ids[1]!, message: message.id };
}

function send(route: AdminRoute, method: string, options: { cookie?: string; csrf?: string; sameOrigin?: boolean } = {}) {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.sameOrigin !== false && method !== 'GET') headers.origin = origin();
  return sendTo(route.path(seed), method, headers, options.csrf);
}

function sendTo(path: string, method: string, headers: Record<string, string>, csrf: string | undefined) {
  if (method === 'GET') return request(path, { headers });
  headers['content-type'] = 'application/x-www-form-urlencoded';
  const body = new URLSearchParams(csrf === undefined ? {} : { csrf });
  return request(path, { method, headers, body });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const staffRoutes = Object.entries(routes)
  .filter(([, route]) => route.access === 'staff')
  .map(([file, route]) => ({ file, ...route }));

/** A POST to a route that takes none is refused by server.mjs's gate (405) before anything else runs. */
function expectGateRefusal(route: AdminRoute, answer: { status: number; headers: Headers }): boolean {
  if (route.methods.includes('POST')) return false;
  expect(answer.status, route.path(seed)).toBe(405);
  expect(answer.headers.get('allow'), route.path(seed)).not.toContain('POST');
  return true;
}

describe('the back office answers no one but staff', () => {
  test('the table names every route under app/admin', () => {
    const named = new Set(Object.keys(routes).map((key) => key.replace(/#.*$/, '')));
    expect(routeFiles(path.join('app', 'admin')).toSorted()).toEqual([...named].toSorted());
  });

  describe.each(staffRoutes)('$file', (route) => {
    test.each(['GET', 'POST'])('%s without a session leads to sign-in', async (method) => {
      const answer = await send(route, method);
      if (method === 'POST' && expectGateRefusal(route, answer)) return;
      expect(answer.status).toBe(303);
      expect(answer.headers.get('location')).toMatch(
        new RegExp(`/admin/login\\?next=${escapeRegExp(encodeURIComponent(route.path(seed)))}$`),
      );
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

    test.runIf(route.missing)('staff asking for something that does not exist get 404', async () => {
      for (const method of route.methods) {
        const answer = await sendTo(
          route.missing!,
          method,
          method === 'GET' ? { cookie: staff.cookie } : { cookie: staff.cookie, origin: origin() },
          staff.session.csrf,
        );
        expect(answer.status, `${method} ${route.missing}`).toBe(404);
        expect(answer.html.querySelector('h1')?.textContent).toBe('Siden findes ikke');
      }
    });

    test('staff get through, by the methods the route has', async () => {
      for (const method of route.methods) {
        const answer = await send(route, method, { cookie: staff.cookie, csrf: staff.session.csrf });
        expect(answer.status, `${method} ${route.path(seed)}`).toBeLessThan(400);
      }
    });
  });

  test('the sign-in round trip and its receipts are open, and set no session', async () => {
    for (const route of Object.values(routes).filter((candidate) => candidate.access === 'open')) {
      const answer = await send(route, 'GET');
      expect(answer.status, route.path(seed)).toBeLessThan(400);
      expect(answer.headers.get('set-cookie') ?? '', route.path(seed)).not.toMatch(new RegExp(`${SESSION_COOKIE}=[^;]`));
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
