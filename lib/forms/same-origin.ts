/**
 * Cross-site request forgery: a form on another site could post to ours with the visitor's
 * browser. A browser marks every POST with `Origin` (and modern ones with `Sec-Fetch-Site`); a
 * request with neither is not from a browser showing our form, so it is refused too.
 */
export type OriginVerdict = 'same-origin' | 'cross-site' | 'unknown';

export function originVerdict(headers: Headers, siteOrigins: readonly string[]): OriginVerdict {
  const fetchSite = headers.get('sec-fetch-site');
  const origin = headers.get('origin');
  if (fetchSite !== null && fetchSite !== 'same-origin') return 'cross-site';
  // With `Referrer-Policy: no-referrer` (the portal's), Chromium sends `Origin: null` even on a
  // same-origin form; its Sec-Fetch-Site, which no page can set, then says where the form was.
  if (origin === 'null') return fetchSite === 'same-origin' ? 'same-origin' : 'cross-site';
  if (origin !== null) return siteOrigins.includes(origin) ? 'same-origin' : 'cross-site';
  return fetchSite === 'same-origin' ? 'same-origin' : 'unknown';
}

/**
 * The origins the site answers on: the configured public address, and the address this request
 * reached (its Host, or the proxy's X-Forwarded-Host and -Proto), since a test or a second
 * hostname reaches the same server under another name.
 */
export function siteOrigins(headers: Headers, publicOrigin: string): string[] {
  const forwardedHost = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  const host = forwardedHost || headers.get('host');
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || 'http';
  const origins = [publicOrigin];
  if (host) origins.push(`${proto}://${host}`);
  return origins;
}
