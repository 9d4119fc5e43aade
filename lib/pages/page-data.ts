import { type Metadata } from 'next';
import { cache } from 'react';
import { getContent, type Locale, type Page } from '@/lib/content';
import { pathFromSlug } from '@/lib/content/paths';
import { pageMetadata } from '@/lib/navigation/metadata';
import { findPage } from '@/lib/navigation/site-tree';
import { contentPageParams, untranslatedParams } from '@/lib/navigation/static-params';

/** A page listed under "Relaterede sider". */
export interface RelatedLink {
  path: string;
  title: string;
  description: string;
}

/** What a route shows of an MDX page: the page, its related pages, and its metadata. */
export interface PageData {
  page: Page;
  related: RelatedLink[];
  metadata: Metadata;
}

/** The pages `paths` name that exist in `locale`, in that order. */
export function relatedLinks(pages: readonly Page[], locale: Locale, paths: readonly string[]): RelatedLink[] {
  return paths.flatMap((path) => {
    const page = findPage(pages, locale, path);
    return page ? [{ path: page.path, title: page.title, description: page.description }] : [];
  });
}

/** The MDX page at `path` (a content page, or the introduction of a dedicated route), once per request. */
export const pageData = cache((locale: Locale, path: string): PageData | undefined => {
  const { pages } = getContent();
  const page = findPage(pages, locale, path);
  if (!page) return undefined;
  return { page, related: relatedLinks(pages, locale, page.related), metadata: pageMetadata(pages, locale, path, page) };
});

/** The page of the catch-all route: only pages no dedicated route renders. */
export function contentPageData(locale: Locale, slug: readonly string[]): PageData | undefined {
  const data = pageData(locale, pathFromSlug(slug));
  return data?.page.route === 'content' ? data : undefined;
}

export function contentRouteParams(): { locale: string; slug: string[] }[] {
  return contentPageParams(getContent().pages);
}

/** The page a "not translated" notice is about: the page at that path in another language, if this one lacks it. */
export function untranslatedPageData(locale: Locale, slug: readonly string[] = []): Page | undefined {
  const path = pathFromSlug(slug);
  const { pages } = getContent();
  if (findPage(pages, locale, path)) return undefined;
  return pages.find((page) => page.path === path);
}

export function untranslatedRouteParams(): { locale: string; slug: string[] }[] {
  return untranslatedParams(getContent().pages);
}
