import { type Locale, isLocale } from '@/lib/i18n/routing';
import { LOCALE_HEADER } from './routes.mjs';

/**
 * The language server.mjs found in the request's address (English under /en, Danish elsewhere),
 * for app/global-not-found.tsx, which lives outside the locale routes and has no other way to know
 * it. Danish when the header is missing (`next dev`) or not a language.
 */
export function localeOfRequest(headers: Headers): Locale {
  const value = headers.get(LOCALE_HEADER) ?? '';
  return isLocale(value) ? value : 'da';
}
