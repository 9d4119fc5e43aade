// Plain ESM: the server entry (server.mjs), the tests and the app share it. The one list of routes
// that are not plain prerendered pages; deploy/nginx.conf and the route files are checked against
// it by lib/site/routes.test.ts.

/**
 * How a route is served, apart from the prerendered pages (everything not listed here):
 *
 * - `per-request`: rendered for every request (it reads the query string or the request); never cached.
 * - `isr`: prerendered, then rendered again at most every `revalidate` seconds (its content follows
 *   the date); nginx keeps it as long as Next.js' Cache-Control says, which is that long.
 * - `form`: rendered per request and the only routes that accept POST (Next.js Server Actions post
 *   to the page's own address); their bodies are capped before Next.js reads them.
 *
 * `path` is the address without the /en prefix; `:name` is one segment, `(a|b)` one of the words.
 */
export const routes = [
  { path: '/soeg', kind: 'per-request', why: 'search reads ?q=' },
  { path: '/bekymring/:step', kind: 'per-request', why: "the guide's answers travel in the query string" },
  // The lists themselves are served whole from the cache; a filtered view (`/kurser?target=…`) is
  // sent by server.mjs to its own route, rendered per request (filteredListPath below).
  { path: '/kurser', kind: 'isr', revalidate: 3600, why: "the catalogue's runs follow the date" },
  { path: '/kurser/filtreret', kind: 'per-request', why: 'the catalogue filtered by the query string' },
  { path: '/viden/filtreret', kind: 'per-request', why: 'the library filtered by the query string' },
  { path: '/kurser/:slug', kind: 'isr', revalidate: 3600, why: 'coming and past runs follow the date' },
  { path: '/kurser/katalog/:semester', kind: 'isr', revalidate: 3600, why: 'the printed catalogue follows the date' },
  { path: '/kurser/:slug/tilmeld/:run', kind: 'form', why: 'registration for a course run' },
  { path: '/kurser/tilmelding/(bekraeft|afmeld|tilbud)/:token', kind: 'form', why: 'confirming, cancelling, accepting a place' },
  { path: '/kurser/tilmelding/kvittering/:receipt', kind: 'per-request', why: "a registration's receipt, read from the database" },
  { path: '/for-kommuner/filtreret', kind: 'per-request', why: 'the advisory offers filtered by the query string' },
  { path: '/for-kommuner/anmod-om-raadgivning', kind: 'form', why: 'a request for advice' },
  {
    path: '/for-kommuner/anmod-om-raadgivning/kvittering/:reference',
    kind: 'per-request',
    why: "an advice request's receipt, read from the database",
  },
  { path: '/api/health', kind: 'per-request', why: 'its details count undelivered advice requests in the database' },
  // The back office (Danish only; proxy.ts authorises every request before its routes run).
  { path: '/admin/logout', kind: 'form', why: 'signing out of the back office' },
  { path: '/admin', kind: 'per-request', why: 'the back office, behind sign-in' },
  { path: '/admin/:page', kind: 'per-request', why: 'the back office, behind sign-in' },
  { path: '/admin/kurser/:course/:run', kind: 'per-request', why: "a run's participants" },
  { path: '/admin/kurser/:course/:run/deltagere.csv', kind: 'per-request', why: "a run's participants as CSV" },
  { path: '/admin/kurser/:course/:run/aflys', kind: 'per-request', why: 'asks before a run is cancelled' },
  { path: '/admin/kurser/:course/:run/aflys/udfoer', kind: 'form', why: 'cancels a run' },
  { path: '/admin/tilmeldinger/:id', kind: 'per-request', why: 'a participant and their history' },
  { path: '/admin/tilmeldinger/:id/:action', kind: 'per-request', why: 'asks before an action on a participant' },
  { path: '/admin/tilmeldinger/:id/(afmeld|tilbyd|send-igen)/udfoer', kind: 'form', why: 'an action on a participant' },
  { path: '/admin/udbakke/:id/proev-igen', kind: 'form', why: 'sends an e-mail again now' },
];

/** The largest request body a form route accepts; a registration form is a few hundred bytes. */
export const FORM_BODY_LIMIT = 64 * 1024;

/** The request header the server sets to the language of the address, for the 404 page outside the locale routes. */
export const LOCALE_HEADER = 'x-portal-locale';

/** The path part of a request target, or undefined when it is not an origin-form path ("/..."). */
export function pathOf(target) {
  if (!target.startsWith('/') || target.startsWith('//')) return undefined;
  const end = target.search(/[?#]/);
  return end === -1 ? target : target.slice(0, end);
}

/** The language of an address as visitors type it: English under /en, Danish everywhere else. */
export function localeOfPath(pathname) {
  return /^\/en(?:\/|$)/.test(pathname) ? 'en' : 'da';
}

/** The path without the English prefix. */
export function withoutLocale(pathname) {
  return pathname.replace(/^\/en(?=\/|$)/, '') || '/';
}

/** A route's path as a regular expression over the path without locale. */
export function routeExpression(path) {
  const body = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.startsWith('(') ? segment : segment.replace(/[.*+?^${}[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${body}$`);
}

const compiled = routes.map((route) => ({ ...route, expression: routeExpression(route.path) }));

/** The declared route an address belongs to (either language), or undefined for a plain prerendered page. */
export function routeOf(pathname) {
  const path = withoutLocale(pathname);
  return compiled.find((route) => route.expression.test(path));
}

/** The lists whose filtered views have a route of their own. */
const FILTERED_LISTS = ['/kurser', '/viden', '/for-kommuner'];

/**
 * Where the origin renders an address: a list with a query string goes to its `/filtreret` route
 * (rendered per request), so the list without one can be prerendered and cached. The address the
 * visitor sees, and every link and form, stays `/kurser?…`.
 */
export function filteredListPath(pathname, search) {
  if (!search || search === '?') return undefined;
  return FILTERED_LISTS.includes(withoutLocale(pathname)) ? `${pathname}/filtreret` : undefined;
}

/** The declared routes of one kind. */
export function routesOfKind(kind) {
  return routes.filter((route) => route.kind === kind);
}
