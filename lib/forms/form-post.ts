import { randomBytes } from 'node:crypto';
import { localizedPath } from '@/lib/i18n/paths';
import { type AppLocale } from '@/lib/i18n/routing';
import { innerRequestHeaders, scriptFreeResponse } from '@/lib/site/script-free-page';
import { bodyLimitResponse, FORM_BODY_LIMIT, refusalPage } from './body-limit';
import { originVerdict, siteOrigins } from './same-origin';

/**
 * A form's POST (course registration) goes through proxy.ts the way a per-request page's GET does:
 * the proxy checks it, sends it to the server itself, and passes the answer on without the
 * framework's scripts. Checking here, before Next.js, gives every refusal a page of its own: Next.js
 * answers a foreign Origin with a 500, an unknown action id with a bare 409 and an oversized body
 * with a 500.
 */

/** Marks the proxy's own inner POST, which Next.js then handles; a visitor cannot know its value. */
export const FORM_INNER_HEADER = 'x-portal-form-inner';
/** The visitor's address, as the proxy saw it, for the rate limits (the inner request comes from this server). */
export const CLIENT_ADDRESS_HEADER = 'x-portal-client-address';

const slot = globalThis as typeof globalThis & { __portalFormSecret?: string };
/** One random value per server process, shared by the proxy and the server actions (same process). */
export function formInnerSecret(): string {
  slot.__portalFormSecret ??= randomBytes(18).toString('base64url');
  return slot.__portalFormSecret;
}

/** Whether the request is the proxy's checked inner POST. */
export function isCheckedInnerPost(headers: Headers): boolean {
  return headers.get(FORM_INNER_HEADER) === formInnerSecret();
}

/**
 * The client's address as the proxy in front reports it. nginx appends the address it saw to
 * X-Forwarded-For, so the last entry is the one to trust; the ones before it are the client's own.
 */
export function clientAddress(headers: Headers): string {
  if (isCheckedInnerPost(headers)) return headers.get(CLIENT_ADDRESS_HEADER) || 'unknown';
  const forwarded = headers
    .get('x-forwarded-for')
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded?.at(-1) || headers.get('x-real-ip') || 'unknown';
}

export interface VisitorPost {
  url: string;
  method: string;
  headers: Headers;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The visitor's host and scheme, as the address they used says. */
function visitorHost(request: VisitorPost): { host: string; proto: string } {
  const url = new URL(request.url);
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host') || url.host;
  const proto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || url.protocol.replace(':', '');
  return { host, proto };
}

export async function checkedFormPost(
  request: VisitorPost,
  locale: AppLocale,
  selfOrigin: string,
  publicOrigin: string,
  fetchPage: typeof fetch = fetch,
): Promise<Response> {
  const limited = bodyLimitResponse(request.method, request.headers, locale);
  if (limited) return limited;
  if (originVerdict(request.headers, siteOrigins(request.headers, publicOrigin)) !== 'same-origin')
    return refusalPage(403, locale, 'cross-site');
  const body = await request.arrayBuffer();
  if (body.byteLength > FORM_BODY_LIMIT) return refusalPage(413, locale, 'too-large');

  const { host, proto } = visitorHost(request);
  const headers = innerRequestHeaders(request.headers);
  headers.set(FORM_INNER_HEADER, formInnerSecret());
  headers.set(CLIENT_ADDRESS_HEADER, clientAddress(request.headers));
  // Next.js compares the form's Origin with the host it was sent to: the visitor's, not this inner address.
  // Checked above; an `Origin: null` (see same-origin.ts) would fail Next.js' own comparison.
  headers.set('x-forwarded-host', host);
  headers.set('x-forwarded-proto', proto);
  headers.set('origin', `${proto}://${host}`);
  const { pathname, search } = new URL(request.url);
  try {
    const inner = await fetchPage(new URL(pathname + search, selfOrigin), {
      method: 'POST',
      body,
      headers,
      redirect: 'manual',
      cache: 'no-store',
    });
    const html = inner.headers.get('content-type')?.startsWith('text/html');
    // An action id the build does not have (409), or a body it cannot decode (400): a forged or stale form.
    if (inner.status >= 400 && inner.status < 500 && !html) {
      await inner.body?.cancel();
      return refusalPage(400, locale, 'malformed');
    }
    if (inner.status >= 500) {
      await inner.body?.cancel();
      return refusalPage(503, locale, 'unavailable');
    }
    return await scriptFreeResponse(inner, selfOrigin, request.url);
  } catch (error) {
    console.error(`proxy: could not post ${pathname} to ${selfOrigin}:`, error);
    return refusalPage(503, locale, 'unavailable');
  }
}

/** Where the refusal pages send the visitor on. */
export const coursesPath = (locale: AppLocale) => localizedPath(locale, '/kurser');
