import { type AppLocale, isAppLocale } from '@/lib/i18n/routing';

/** What proxy.ts needs to know about a request path before Next.js routes it. */

const registrationFormRoute = /^\/kurser\/([^/]+)\/tilmeld\/([^/]+)$/;

/** Routes rendered per request (ƒ in the build output), without the /en prefix. */
const perRequestRoutes = [
  /^\/soeg$/,
  /^\/kurser$/,
  /^\/kurser\/katalog\/[^/]+$/,
  /^\/viden$/,
  /^\/bekymring\/[^/]+$/,
  // Course registration (issue 15): the form, its receipt and the e-mailed links' pages.
  registrationFormRoute,
  /^\/kurser\/tilmelding\/(?:kvittering|bekraeft|afmeld|tilbud)\/[^/]+$/,
];

/** The parameter values the per-request routes with a parameter accept. */
export interface PerRequestParams {
  /** The segments under /bekymring: the questions, the result and the lookup. */
  concernSteps: readonly string[];
  /** The semesters that have a printed catalogue under /kurser/katalog. */
  semesters: readonly string[];
  /** The runs a registration form exists for, as `<course>/<run>`. */
  registrationRuns: readonly string[];
}

/**
 * Whether the path names a per-request route with a parameter it does not accept. Such a path must
 * reach app/global-not-found.tsx: a notFound() thrown in a per-request route answers an empty page.
 */
export function isUnknownPerRequestPage(pathname: string, accepted: PerRequestParams): boolean {
  const path = pathname.replace(/^\/en(?=\/|$)/, '') || '/';
  const step = /^\/bekymring\/([^/]+)$/.exec(path)?.[1];
  if (step !== undefined) return !accepted.concernSteps.includes(step);
  const semester = /^\/kurser\/katalog\/([^/]+)$/.exec(path)?.[1];
  if (semester !== undefined) return !accepted.semesters.includes(semester);
  const form = registrationFormRoute.exec(path);
  if (form) return !accepted.registrationRuns.includes(`${form[1]}/${form[2]}`);
  return false;
}

/** Whether the path is a form that accepts a POST (course registration's form and link pages). */
export function isFormRoute(pathname: string): boolean {
  const path = pathname.replace(/^\/en(?=\/|$)/, '') || '/';
  return registrationFormRoute.test(path) || /^\/kurser\/tilmelding\/(?:bekraeft|afmeld|tilbud)\/[^/]+$/.test(path);
}

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

/** The request header proxy.ts sets to the language of the address, for the 404 page outside the locale routes. */
export const localeHeader = 'x-portal-locale';

/** The language of an address as visitors type it: English under /en, Danish everywhere else. */
export function localeOfPath(pathname: string): AppLocale {
  return /^\/en(?:\/|$)/.test(pathname) ? 'en' : 'da';
}

/** The language proxy.ts found for this request; Danish when the header is missing or not a language. */
export function localeOfRequest(headers: Headers): AppLocale {
  const value = headers.get(localeHeader) ?? '';
  return isAppLocale(value) ? value : 'da';
}
