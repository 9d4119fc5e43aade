import { type AppLocale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/i18n/paths';
import { fullPolicy, inlineScriptHashes } from './security-headers.mjs';
import { INNER_REQUEST_HEADER, withoutFrameworkScripts } from './static-scripts.mjs';

/**
 * Pages rendered per request (search, the guide's steps, the catalogue) leave the server the way
 * prerendered pages do: without Next.js' runtime and React, with only their islands' scripts.
 * Next.js offers no setting for that in the App Router, so proxy.ts asks the server for the page
 * as Next.js renders it (marked by this header, so it is not asked again) and sends it on with
 * the framework's scripts taken out (INNER_REQUEST_HEADER marks that request). A visitor who sets
 * the header gets the page with them: no harm.
 */

/** Where the server reaches itself: `next start` puts its port in PORT; PORTAL_SELF_URL overrides it. */
export function selfOrigin(env: Record<string, string | undefined>): string {
  return env.PORTAL_SELF_URL ?? `http://127.0.0.1:${env.PORT ?? '3000'}`;
}

/**
 * Whether the request is for a whole page to show. Requests for the framework's own payloads (RSC)
 * and anything but GET go to Next.js as they are.
 */
export function isPageRequest(method: string, url: URL, headers: Headers): boolean {
  return method === 'GET' && !headers.has(INNER_REQUEST_HEADER) && !headers.has('rsc') && !url.searchParams.has('_rsc');
}

/** The visitor's request headers for the inner request: uncompressed, since the body is read here. */
export function innerRequestHeaders(headers: Headers): Headers {
  const inner = new Headers();
  for (const [name, value] of headers) {
    if (!notForwarded.has(name)) inner.set(name, value);
  }
  inner.set(INNER_REQUEST_HEADER, '1');
  inner.set('accept-encoding', 'identity');
  return inner;
}

const notForwarded = new Set(['host', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'accept-encoding', 'upgrade']);

/**
 * Headers that describe the inner body or connection rather than the page sent on, and the
 * proxy's own instructions to Next.js: a copied `x-middleware-rewrite` would be obeyed again.
 */
const notCopied = new Set([
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
  'content-security-policy',
]);
const isCopied = (name: string) => !notCopied.has(name) && !name.startsWith('x-middleware-');

/**
 * The page as Next.js rendered it, without the framework's scripts, and with a script policy that
 * allows what is left: the islands' scripts come from the site itself, so no nonce is needed.
 * Anything that is not HTML passes unchanged.
 */
export async function scriptFreeResponse(inner: Response, origin: string, visitorUrl: string): Promise<Response> {
  const headers = new Headers();
  for (const [name, value] of inner.headers) {
    if (isCopied(name)) headers.append(name, value);
  }
  // A redirect within the site is made absolute on the address the visitor used: Next.js parses
  // a location sent from the proxy as a full URL, and turns one on the same host back into a path.
  const location = headers.get('location');
  if (location) {
    const target = new URL(location, origin);
    if (target.origin === origin) headers.set('location', new URL(target.pathname + target.search + target.hash, visitorUrl).href);
  }
  if (!inner.headers.get('content-type')?.startsWith('text/html')) {
    const policy = inner.headers.get('content-security-policy');
    if (policy) headers.set('content-security-policy', policy);
    return new Response(inner.body, { status: inner.status, headers });
  }
  const html = withoutFrameworkScripts(await inner.text());
  headers.set('content-security-policy', fullPolicy(inlineScriptHashes(html)));
  return new Response(html, { status: inner.status, headers });
}

/**
 * The page at `visitorUrl`, fetched from the server itself and sent on without the framework's
 * scripts. A page that fails (5xx) is answered with the prerendered error page and its status:
 * Next.js sends a failed page as an empty body that only its scripts would fill. Undefined when
 * the server cannot be reached, so that the caller can let the request through as it is.
 */
export async function scriptFreePage(
  visitorUrl: string,
  visitorHeaders: Headers,
  locale: AppLocale,
  origin: string,
  fetchPage: typeof fetch = fetch,
): Promise<Response | undefined> {
  const { pathname, search } = new URL(visitorUrl);
  const ask = (path: string) =>
    fetchPage(new URL(path, origin), { headers: innerRequestHeaders(visitorHeaders), redirect: 'manual', cache: 'no-store' });
  try {
    const inner = await ask(pathname + search);
    if (inner.status < 500) return await scriptFreeResponse(inner, origin, visitorUrl);
    const errorPage = await scriptFreeResponse(await ask(localizedPath(locale, '/fejl')), origin, visitorUrl);
    errorPage.headers.set('cache-control', 'no-store');
    return new Response(errorPage.body, { status: inner.status, headers: errorPage.headers });
  } catch (error) {
    console.error(`proxy: could not fetch ${pathname} from ${origin} (PORTAL_SELF_URL); sending it as Next.js renders it:`, error);
    return undefined;
  }
}
