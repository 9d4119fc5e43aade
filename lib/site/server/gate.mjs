// Plain ESM, used by server.mjs before Next.js sees a request. Pure: unit-tested in gate.test.ts.
import { FORM_BODY_LIMIT, LOCALE_HEADER, localeOfPath, routeOf } from '../routes.mjs';

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
];

const READ_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/** The methods an address answers, for `Allow`. */
export function allowedMethods(pathname) {
  return routeOf(pathname)?.kind === 'form' ? [...READ_METHODS, 'POST'] : READ_METHODS;
}

/** The path part of a request target, or undefined when it is not an origin-form path ("/..."). */
function pathOf(target) {
  if (!target.startsWith('/') || target.startsWith('//')) return undefined;
  const end = target.search(/[?#]/);
  return end === -1 ? target : target.slice(0, end);
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
  return { pass: true, locale };
}

/** The request headers as Next.js should see them: internal ones dropped, the address's language set. */
export function cleanRequestHeaders(headers, locale) {
  for (const name of DROPPED_REQUEST_HEADERS) delete headers[name];
  headers[LOCALE_HEADER] = locale;
  return headers;
}
