import { NextResponse, type NextRequest } from 'next/server';
import da from '@/messages/da.json' with { type: 'json' };
import { decide } from './guard';
import { plainPage } from './plain-page';
import { clearCookieHeader, SESSION_COOKIE, sessionCookieHeader } from './session';
import { authSettings } from './settings';

/**
 * Runs the guard for a request under /admin (from proxy.ts) and turns its decision into the
 * response: on to the route, a redirect to sign-in, or a refusal. Nothing under /admin is
 * rendered or run before this has said yes.
 */
export async function guardAdmin(request: NextRequest): Promise<NextResponse> {
  const auth = authSettings();
  const { pathname, search } = request.nextUrl;
  const decision = decide(
    {
      method: request.method,
      pathname,
      cookieHeader: request.headers.get('cookie'),
      origin: request.headers.get('origin'),
      secFetchSite: request.headers.get('sec-fetch-site'),
      csrfField: await postedCsrf(request),
    },
    auth,
    Date.now(),
  );
  switch (decision.kind) {
    case 'not-configured':
      // /admin itself says what to set; nothing else is reachable.
      return pathname === '/admin' && isRead(request.method) ? NextResponse.next() : redirect(request, '/admin');
    case 'open':
      return NextResponse.next();
    case 'sign-in': {
      const response = redirect(request, `/admin/login?next=${encodeURIComponent(pathname + search)}`);
      if (decision.clearCookie) response.headers.append('set-cookie', clearCookieHeader(SESSION_COOKIE));
      return response;
    }
    case 'forbidden':
      // Answered here, whatever the address: nothing of the back office is rendered for them.
      return refusal(da.Admin.forbidden.title, da.Admin.forbidden.text, decision.session.csrf);
    case 'refused':
      return refusal(da.Admin.refused.title, da.Admin.refused.text);
    case 'allowed': {
      const response = NextResponse.next();
      if (decision.renewed && auth.ok) {
        response.headers.append('set-cookie', sessionCookieHeader(decision.renewed, auth.config.sessionSecret, auth.config, Date.now()));
      }
      return response;
    }
  }
}

const isRead = (method: string) => method === 'GET' || method === 'HEAD';

function redirect(request: NextRequest, path: string): NextResponse {
  return NextResponse.redirect(new URL(path, request.url), 303);
}

/** The csrf field of a posted form; the route still reads the whole form itself. */
async function postedCsrf(request: NextRequest): Promise<string | null> {
  if (isRead(request.method)) return null;
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) return null;
  try {
    const value = (await request.clone().formData()).get('csrf');
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/**
 * A refusal: a small page of its own, status 403, never the route's result. A signed-in person
 * without access gets a way to sign out (a POST with their session's token) instead of a way back.
 */
function refusal(title: string, text: string, csrf?: string): NextResponse {
  const next = csrf
    ? ({ kind: 'sign-out', csrf, label: da.Admin.signOut } as const)
    : ({ kind: 'link', href: '/admin', label: da.Admin.backToOverview } as const);
  const page = plainPage({ status: 403, title, text, next });
  return new NextResponse(page.body, { status: page.status, headers: page.headers });
}
