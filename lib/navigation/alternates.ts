import { type Page } from '@/lib/content';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale, routing } from '@/lib/i18n/routing';
import { findPage } from './site-tree';

export const untranslatedPrefix = '/ikke-oversat';

/**
 * Where the language switcher leads from `path` in each locale. A content page
 * missing in a language leads to the "not translated" page of that language,
 * never to a 404. Paths that are not content pages (course details, the
 * guide's steps) exist in every locale.
 */
export function alternatesFor(pages: readonly Page[], requested: string): { locale: Locale; href: string; translated: boolean }[] {
  // On a "not translated" page, the switcher leads back to the original.
  const path = requested.startsWith(untranslatedPrefix) ? requested.slice(untranslatedPrefix.length) || '/' : requested;
  const isContentPath = pages.some((page) => page.path === path);
  return routing.locales.map((locale) => {
    const translated = !isContentPath || findPage(pages, locale, path) !== undefined;
    const target = translated ? path : untranslatedPrefix + (path === '/' ? '' : path);
    return { locale, href: localizedPath(locale, target), translated };
  });
}

/**
 * The switcher's links carrying `query` (`?s=…`) where they lead to the same
 * page, so that a person who changes language in the middle of the guide
 * keeps their answers. A "not translated" page has no use for it.
 */
export function withQuery<T extends { href: string; translated: boolean }>(alternates: readonly T[], query: string | undefined): T[] {
  return alternates.map((alternate) => (query && alternate.translated ? { ...alternate, href: alternate.href + query } : alternate));
}

/** Pages that exist in `from` but not in `to`: each gets a "not translated" page in `to`. */
export function untranslatedPaths(pages: readonly Page[], to: Locale): string[] {
  return pages.filter((page) => page.locale !== to && !findPage(pages, to, page.path)).map((page) => page.path);
}
