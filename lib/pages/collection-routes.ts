import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { getContent, type Locale } from '@/lib/content';
import type { LocalizedText } from '@/lib/content/schemas/common';
import { localeParams } from '@/lib/i18n/params';
import { entryMetadata } from '@/lib/navigation/metadata';
import { type PageData, pageData } from './page-data';

/**
 * The route skeletons the collections share (/kurser and /viden today): a
 * list page introduced by its MDX page, and a detail page per entry at
 * `<basePath>/<slug>`. The routes add only what they show.
 */

/** A list page: its introduction, related pages and metadata, or a 404 when the MDX page is missing. */
export function listRoute(path: string) {
  return {
    async generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
      const { locale } = await localeParams(params);
      return pageData(locale, path)?.metadata ?? {};
    },
    async load(params: Promise<{ locale: string }>): Promise<PageData & { locale: Locale; path: string }> {
      const { locale } = await localeParams(params);
      setRequestLocale(locale);
      const data = pageData(locale, path);
      if (!data) notFound();
      return { ...data, locale, path };
    },
  };
}

/** What a detail page needs of its entry: a slug, a title and a summary in each language. */
interface Entry {
  slug: string;
  title: LocalizedText;
  summary: LocalizedText;
}

/**
 * A detail page per entry. `find` gives what the page shows for a slug (the
 * entry and what belongs to it); `entryOf` picks the entry out of that.
 */
export function entryRoute<Found>(
  basePath: string,
  slugs: () => string[],
  find: (slug: string) => Found | undefined,
  entryOf: (found: Found) => Entry,
) {
  return {
    generateStaticParams(): { slug: string }[] {
      return slugs().map((slug) => ({ slug }));
    },
    async generateMetadata({ params }: { params: Promise<{ locale: string; slug: string }> }): Promise<Metadata> {
      const { locale, slug } = await localeParams(params);
      const found = find(slug);
      return found ? entryMetadata(getContent().pages, locale, `${basePath}/${slug}`, entryOf(found)) : {};
    },
    async load(params: Promise<{ locale: string; slug: string }>): Promise<{ locale: Locale; path: string; crumb: string; found: Found }> {
      const { locale, slug } = await localeParams(params);
      setRequestLocale(locale);
      const found = find(slug);
      if (!found) notFound();
      return { locale, path: `${basePath}/${slug}`, crumb: entryOf(found).title[locale], found };
    },
  };
}
