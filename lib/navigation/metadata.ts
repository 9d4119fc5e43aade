import { type Metadata } from 'next';
import { type Page } from '@/lib/content';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';
import { alternatesFor } from './alternates';

/** Open Graph names languages with a territory. */
const ogLocales: Record<Locale, string> = { da: 'da_DK', en: 'en_GB' };

/** The size every sharing service accepts for a large preview. */
export const ogImageSize = { width: 1200, height: 630 } as const;

/**
 * Where the preview image of a page is served. Under /api/ because the rewrite
 * that serves Danish at the root leaves that prefix alone.
 */
export function ogImagePath(locale: Locale, path: string): string {
  return `/api/og/${locale}${path === '/' ? '' : path}`;
}

/** The page a preview image belongs to: the inverse of `ogImagePath`'s route parameters. */
export function pathFromOgSlug(slug: readonly string[] | undefined): string {
  return '/' + (slug ?? []).join('/');
}

/**
 * Title, description, canonical URL, hreflang alternates and Open Graph tags
 * of a page. Only languages the page really exists in are listed as
 * alternates. Relative URLs become absolute through the layout's metadataBase.
 */
export function pageMetadata(pages: readonly Page[], locale: Locale, path: string, text: { title: string; description: string }): Metadata {
  const translated = alternatesFor(pages, path).filter((alternate) => alternate.translated);
  const languages = Object.fromEntries(translated.map((alternate) => [alternate.locale, alternate.href]));
  const canonical = localizedPath(locale, path);
  return {
    title: text.title,
    description: text.description,
    alternates: { canonical, languages },
    openGraph: {
      type: 'website',
      title: text.title,
      description: text.description,
      url: canonical,
      locale: ogLocales[locale],
      alternateLocale: translated.filter((alternate) => alternate.locale !== locale).map((alternate) => ogLocales[alternate.locale]),
      images: [{ url: ogImagePath(locale, path), ...ogImageSize, alt: text.title }],
    },
  };
}

/** The metadata of a course or publication page: its title and its summary, in the page's language. */
export function entryMetadata(
  pages: readonly Page[],
  locale: Locale,
  path: string,
  entry: { title: Record<Locale, string>; summary: Record<Locale, string> },
): Metadata {
  return pageMetadata(pages, locale, path, { title: entry.title[locale], description: entry.summary[locale] });
}
