import { type Locale } from 'next-intl';
import { defineRouting } from 'next-intl/routing';

/** The portal's languages: the one list every Locale type and check derives from. */
export const locales = ['da', 'en'] as const;

export const routing = defineRouting({
  locales,
  defaultLocale: 'da',
  localePrefix: 'as-needed',
  // A Danish public site never switches language on its own; the switcher is explicit.
  localeDetection: false,
  localeCookie: false,
});

/** A portal language: next-intl's `Locale`, which AppConfig (app-config.d.ts) derives from `locales`. */
export type { Locale };

/**
 * @deprecated The same type as `Locale`, under its old name, kept only so the branches written
 * in parallel still compile when merged; rename it to `Locale` when touching a file.
 */
export type AppLocale = Locale;

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** @deprecated `isLocale` under its old name, for the same reason as `AppLocale`. */
export const isAppLocale = isLocale;
