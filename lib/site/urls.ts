import { type Content, routePaths } from '@/lib/content';
import { type Locale, routing } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/i18n/paths';
import { untranslatedPrefix, untranslatedPaths } from '@/lib/navigation/alternates';

export interface PublicUrl {
  locale: Locale;
  /** Path without locale prefix. */
  path: string;
  /** The address a visitor types: `/x` or `/en/x`. */
  url: string;
}

/** Every page the portal serves, in both languages: for the sitemap and the whole-site tests. */
export function publicUrls(content: Content): PublicUrl[] {
  const paths = routing.locales.flatMap((locale) => [
    ...content.pages.filter((page) => page.locale === locale).map((page) => ({ locale, path: page.path })),
    ...routePaths(content).map((path) => ({ locale, path })),
    ...untranslatedPaths(content.pages, locale).map((path) => ({ locale, path: untranslatedPrefix + path })),
  ]);
  return paths.map((entry) => ({ ...entry, url: localizedPath(entry.locale, entry.path) }));
}
