import { type Page } from '@/lib/content';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';
import { findPage } from '@/lib/navigation/site-tree';

/**
 * The pages a worried person looks for around the guide (issue 14): signs of concern, what happens
 * after getting in touch, and what extremism is. The key names the link's words in messages
 * (Concern.related).
 */
export const GUIDE_RELATED_PAGES = [
  { key: 'signs', path: '/tegn-paa-bekymring' },
  { key: 'whatHappens', path: '/hvad-sker-der' },
  { key: 'extremism', path: '/hvad-er-ekstremisme' },
] as const;

export type RelatedPageKey = (typeof GUIDE_RELATED_PAGES)[number]['key'];

export interface RelatedLink {
  key: RelatedPageKey;
  href: string;
}

/**
 * The related pages that exist in this language. A page not yet written is left out rather than
 * linked to a 404, so the links appear by themselves once the pages are in content/pages.
 */
export function relatedLinks(pages: readonly Page[], locale: Locale): RelatedLink[] {
  return GUIDE_RELATED_PAGES.filter(({ path }) => findPage(pages, locale, path)).map(({ key, path }) => ({
    key,
    href: localizedPath(locale, path),
  }));
}
