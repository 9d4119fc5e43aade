import { type Locale, routing } from './routing';

/** The URL of a portal path in a locale: Danish without prefix, English under /en. */
export function localizedPath(locale: Locale, path: string): string {
  if (locale === routing.defaultLocale) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}
