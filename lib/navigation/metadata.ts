import { type Metadata } from 'next';
import { type Page } from '@/lib/content';
import { localizedPath } from '@/lib/i18n/paths';
import { type AppLocale } from '@/lib/i18n/routing';
import { alternatesFor } from './alternates';

/**
 * Title, description, canonical URL and hreflang alternates of a page. Only
 * languages the page really exists in are listed as alternates.
 */
export function pageMetadata(
  pages: readonly Page[],
  locale: AppLocale,
  path: string,
  text: { title: string; description: string },
): Metadata {
  const languages = Object.fromEntries(
    alternatesFor(pages, path)
      .filter((alternate) => alternate.translated)
      .map((alternate) => [alternate.locale, alternate.href]),
  );
  return {
    title: text.title,
    description: text.description,
    alternates: { canonical: localizedPath(locale, path), languages },
  };
}
