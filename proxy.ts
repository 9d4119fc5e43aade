import { type NextRequest, NextResponse } from 'next/server';
import { isDecodable, rendersPerRequest } from '@/lib/site/request-kind';
import { fullPolicy, newNonce, scriptPolicy } from '@/lib/site/security-headers.mjs';

/**
 * Two jobs, on the few paths the matcher lets through (every other request skips the proxy):
 *
 * - Pages rendered per request get a fresh nonce for their inline scripts. Next.js reads it from
 *   the request's Content-Security-Policy header and puts it on every script it writes.
 *   Prerendered pages never get one: their policy names their inline scripts by hash
 *   (lib/site/cli/csp-hashes.mjs), so they stay static and cacheable.
 * - A path whose percent escapes do not decode gets 400; Next.js itself would answer 500.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!isDecodable(pathname)) {
    return new NextResponse('Bad Request', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  if (!rendersPerRequest(pathname)) return NextResponse.next();

  const nonce = `'nonce-${newNonce()}'`;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', scriptPolicy([nonce]));
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', fullPolicy([nonce]));
  return response;
}

export const config = {
  matcher: [
    // Rendered per request (ƒ in the build output), as visitors address them (Danish without
    // prefix); the same list as lib/site/request-kind.ts. tests/e2e/security-headers.spec.ts
    // fails when a dynamic page is missing here.
    '/soeg',
    '/en/soeg',
    '/kurser',
    '/en/kurser',
    '/kurser/katalog/:semester',
    '/en/kurser/katalog/:semester',
    '/viden',
    '/en/viden',
    '/bekymring/:step',
    '/en/bekymring/:step',
    // A "%" without two hex digits after it, or an escaped byte outside ASCII (which may not be UTF-8).
    '/:path(.*%(?:(?![0-9A-Fa-f]{2})|[89A-Fa-f][0-9A-Fa-f]).*)',
  ],
};
