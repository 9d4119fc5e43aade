// Plain ESM, used by server.mjs before Next.js sees a request. Pure: unit-tested in gate.test.ts.
import { FORM_BODY_LIMIT, LOCALE_HEADER, localeOfPath, pathOf, routeOf } from '../routes.mjs';

/** The visitor's address as this server's socket saw it, for the forms' rate limits (set by server.mjs). */
export const CLIENT_ADDRESS_HEADER = 'x-portal-client-address';

/**
 * Headers only Next.js itself or an earlier version of this server may set; a client sending them
 * wants to bypass something (CVE-2025-29927 used the first). nginx drops them too; the origin does
 * not rely on it. `x-portal-inner` was the old server's inner request: it means nothing now.
 */
export const DROPPED_REQUEST_HEADERS = [
  'x-middleware-subrequest',
  'x-middleware-prefetch',
  'x-nextjs-data',
  'x-matched-path',
  'x-invoke-path',
  'x-invoke-query',
  'x-invoke-status',
  'x-invoke-error',
  'x-prerender-revalidate',
  'x-prerender-revalidate-if-generated',
  'x-next-revalidated-tags',
  'x-next-revalidate-tag-token',
  'x-portal-inner',
  CLIENT_ADDRESS_HEADER,
];

const READ_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/** The methods an address answers, for `Allow`. */
export function allowedMethods(pathname) {
  return routeOf(pathname)?.kind === 'form' ? [...READ_METHODS, 'POST'] : READ_METHODS;
}

function decodes(pathname) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * What to do with a request before Next.js renders it:
 *
 * - `{ answer: status, reason, allow? }`: answered here (400 undecodable path, 405 method, 411/413
 *   body, 204 OPTIONS); Next.js never sees it, so it cannot turn it into a 500.
 * - `{ pass: true, locale }`: handed to Next.js, with the address's language set as a request
 *   header for the 404 page. A form's body is at most FORM_BODY_LIMIT bytes then: Node's parser
 *   reads exactly Content-Length bytes, and a chunked body without a length is refused (411).
 *
 * `headers` are Node's lower-cased request headers.
 */
export function gate(method, target, headers) {
  const pathname = pathOf(target);
  if (pathname === undefined) {
    // `OPTIONS *` asks about the server as a whole.
    if (method === 'OPTIONS' && target === '*') return { answer: 204, allow: READ_METHODS };
    return { answer: 400, reason: 'bad-path' };
  }
  if (!decodes(pathname)) return { answer: 400, reason: 'bad-path' };
  const allow = allowedMethods(pathname);
  const locale = localeOfPath(pathname);
  if (method === 'OPTIONS') return { answer: 204, allow, locale };
  if (!allow.includes(method)) return { answer: 405, reason: 'method', allow, locale };
  if (method !== 'POST') return { pass: true, locale };
  const length = headers['content-length'];
  if (length === undefined) return { answer: 411, reason: 'length-required', allow, locale };
  if (!/^\d+$/.test(length)) return { answer: 400, reason: 'bad-length', locale };
  if (Number(length) > FORM_BODY_LIMIT) return { answer: 413, reason: 'too-large', allow, locale };
  if (!postedFromSite(headers)) return { answer: 403, reason: 'cross-site', locale };
  return { pass: true, locale };
}

/** The host the visitor addressed: nginx passes it on as X-Forwarded-Host. */
function visitorHost(headers) {
  return headers['x-forwarded-host']?.split(',')[0]?.trim() || headers.host || '';
}

/**
 * Whether a posted form came from the site's own pages. Next.js would answer a foreign Origin with
 * a 500. Under the site's `Referrer-Policy: no-referrer` browsers send `Origin: null` with a form,
 * so Sec-Fetch-Site decides then; a request with neither is refused.
 */
export function postedFromSite(headers) {
  const origin = headers.origin;
  if (origin && origin !== 'null') {
    try {
      return new URL(origin).host === visitorHost(headers);
    } catch {
      return false;
    }
  }
  return headers['sec-fetch-site'] === 'same-origin';
}

/** The request headers as Next.js should see them: internal ones dropped, the address's language set. */
export function cleanRequestHeaders(headers, locale, clientAddress) {
  for (const name of DROPPED_REQUEST_HEADERS) delete headers[name];
  headers[LOCALE_HEADER] = locale;
  if (clientAddress) headers[CLIENT_ADDRESS_HEADER] = clientAddress;
  // A form the gate found to be our own, sent with `Origin: null`: Next.js compares Origin with the
  // host itself and would refuse it, so it gets the address the visitor used.
  if (headers.origin === 'null' && headers['sec-fetch-site'] === 'same-origin') {
    const proto = headers['x-forwarded-proto']?.split(',')[0]?.trim() || 'http';
    headers.origin = `${proto}://${visitorHost(headers)}`;
  }
  return headers;
}
