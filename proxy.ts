import { type NextRequest, NextResponse } from 'next/server';
import { guardAdmin } from '@/lib/auth/guard-response';
import { getContent } from '@/lib/content';
import { guideSegments } from '@/lib/concern/paths';
import { listSemesters } from '@/lib/courses/catalogue';
import {
  isDecodable,
  isUnknownPerRequestPage,
  localeHeader,
  localeOfPath,
  type PerRequestParams,
  rendersPerRequest,
} from '@/lib/site/request-kind';
import { isPageRequest, scriptFreePage, selfOrigin } from '@/lib/site/script-free-page';
import { fullPolicy, newNonce, scriptPolicy } from '@/lib/site/security-headers.mjs';

/**
 * Five jobs, on the paths the matcher lets through (every other request skips the proxy):
 *
 * - A page rendered per request is sent without the framework's scripts, as prerendered pages are
 *   (lib/site/script-free-page.ts): the proxy asks the server for it and passes it on stripped.
 * - The language of an English address goes into a request header, for app/global-not-found.tsx:
 *   the 404 page lives outside the [locale] routes and has no other way to know it.
 * - Next.js' own render of such a page (the proxy's inner request) gets a fresh nonce for its
 *   inline scripts: Next.js reads it from the request's Content-Security-Policy header and puts it
 *   on every script it writes. They reach the browser only if the proxy cannot strip them (the
 *   server does not reach itself, or `next dev`), and then run under that nonce.
 * - A per-request page asked for a parameter it does not know goes to the 404 page. Prerendered
 *   routes do that themselves (dynamicParams = false); a per-request route would answer an empty page.
 * - A path whose percent escapes do not decode gets 400; Next.js itself would answer 500.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // The back office: every request is authorised here before any route under /admin runs.
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return guardAdmin(request);
  if (!isDecodable(pathname)) {
    return new NextResponse('Bad Request', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const locale = localeOfPath(pathname);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(localeHeader, locale);
  // Prerendered pages need nothing more; everything below is for the few routes rendered per request.
  if (!rendersPerRequest(pathname)) return NextResponse.next({ request: { headers: requestHeaders } });
  if (servesScriptFree && isPageRequest(request.method, request.nextUrl, request.headers)) {
    const page = await scriptFreePage(request.url, request.headers, locale, selfOrigin(process.env));
    if (page) return page;
  }

  const nonce = `'nonce-${newNonce()}'`;
  requestHeaders.set('content-security-policy', scriptPolicy([nonce]));
  const next = { request: { headers: requestHeaders } };
  // An unknown step or semester: no route has this address, so Next.js answers with
  // app/global-not-found.tsx and status 404, rendered now and so with the nonce too.
  const response = isUnknownPerRequestPage(pathname, acceptedParams())
    ? NextResponse.rewrite(new URL(`/${locale}/${unknownPage}`, request.url), next)
    : NextResponse.next(next);
  response.headers.set('content-security-policy', fullPolicy([nonce]));
  return response;
}

// `next dev` needs the framework's scripts for reloading.
const servesScriptFree = process.env.NODE_ENV === 'production';

// No content page can have this segment: content paths are lower-case words and hyphens.
const unknownPage = '_404';

let accepted: PerRequestParams | undefined;

/** Worked out once per server process: the content is built in and does not change while it runs. */
function acceptedParams(): PerRequestParams {
  accepted ??= { concernSteps: guideSegments, semesters: listSemesters(getContent().courses) };
  return accepted;
}

export const config = {
  matcher: [
    // The back office: sign-in, access and the token of every state-changing request (lib/auth/guard.ts).
    '/admin',
    '/admin/:path*',
    // Every English address: the 404 page needs to know its language (see localeHeader).
    '/en',
    '/en/:path*',
    // Danish pages rendered per request (ƒ in the build output), the same list as lib/site/request-kind.ts.
    // Danish prerendered pages skip the proxy: it would cost them a third of their throughput
    // (docs/performance.md), and the 404 page is Danish when no header says otherwise.
    '/soeg',
    '/kurser',
    '/kurser/katalog/:semester',
    '/viden',
    '/bekymring/:step',
    // A "%" without two hex digits after it, or an escaped byte outside ASCII (which may not be UTF-8).
    '/:path(.*%(?:(?![0-9A-Fa-f]{2})|[89A-Fa-f][0-9A-Fa-f]).*)',
  ],
};
