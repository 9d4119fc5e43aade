/**
 * What proxy.ts needs to know about a request path before Next.js routes it. The patterns here
 * must match `config.matcher` in proxy.ts (Next.js requires that list to be written out there).
 */

/** Routes rendered per request (ƒ in the build output), without the /en prefix. */
const perRequestRoutes = [/^\/soeg$/, /^\/kurser$/, /^\/kurser\/katalog\/[^/]+$/, /^\/viden$/, /^\/bekymring\/[^/]+$/];

/** Whether the page at this path is rendered per request, so its scripts need a nonce rather than hashes. */
export function rendersPerRequest(pathname: string): boolean {
  const path = pathname.replace(/^\/en(?=\/|$)/, '') || '/';
  return perRequestRoutes.some((route) => route.test(path));
}

/** Whether the path's percent escapes decode to text; Next.js answers 500 to the rest. */
export function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
