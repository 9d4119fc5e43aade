import { type Page } from '@/lib/content';
import { untranslatedPaths } from './alternates';
import { routing } from '@/lib/i18n/routing';

/** Every content page the catch-all route renders (dedicated routes render the rest). */
export function contentPageParams(pages: readonly Page[]): { locale: string; slug: string[] }[] {
  return pages.filter((page) => page.route === 'content' && page.slug.length > 0).map((page) => ({ locale: page.locale, slug: page.slug }));
}

/** One "not translated" page per page and language it is missing in. */
export function untranslatedParams(pages: readonly Page[]): { locale: string; slug: string[] }[] {
  return routing.locales.flatMap((locale) =>
    untranslatedPaths(pages, locale).map((path) => ({ locale, slug: path.split('/').filter(Boolean) })),
  );
}
