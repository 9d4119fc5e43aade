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

/** The time zone next-intl formats dates and times in: the centre's own. */
export const timeZone = 'Europe/Copenhagen';

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
