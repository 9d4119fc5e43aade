import { type Locale, type Page } from '@/lib/content';
import { type LocalizedText } from '@/lib/content/schemas/common';
import { type SearchDocument } from './engine';

/** The search page's own introduction would only ever find itself. */
const EXCLUDED_PATHS = new Set(['/soeg']);

/** Titles of the top-level pages, by locale and first path segment: the sections hits are grouped under. */
function sectionTitles(pages: readonly Page[]): (locale: Locale, path: string) => string | undefined {
  const titles = new Map<string, string>();
  for (const page of pages) if (page.slug.length === 1) titles.set(`${page.locale}:${page.path}`, page.nav?.label ?? page.title);
  return (locale, path) => {
    const [, first, ...below] = path.split('/');
    // A section's own page needs no section name beside its title.
    return first && below.length > 0 ? titles.get(`${locale}:/${first}`) : undefined;
  };
}

function joinText(...parts: (string | undefined)[]): string {
  return parts.filter(Boolean).join('\n\n').replace(/\s+/g, ' ').trim();
}

/** MDX pages, their text (made from the MDX by content:check) after the description (which a title-only hit shows). */
export function pageDocuments(pages: readonly Page[]): SearchDocument[] {
  const sectionOf = sectionTitles(pages);
  return pages
    .filter((page) => !EXCLUDED_PATHS.has(page.path))
    .map((page) => ({
      id: `${page.locale}:${page.path}`,
      locale: page.locale,
      url: page.path,
      title: page.title,
      section: sectionOf(page.locale, page.path),
      text: joinText(page.description, page.text),
    }));
}

/** What a course or a publication has in common for the search: a slug and texts in both languages. */
export interface LocalizedEntry {
  slug: string;
  title: LocalizedText;
  summary: LocalizedText;
  description?: LocalizedText;
}

/** One document per language for each entry of a data collection shown at `<basePath>/<slug>`. */
export function entryDocuments(entries: readonly LocalizedEntry[], basePath: string, pages: readonly Page[]): SearchDocument[] {
  const sectionOf = sectionTitles(pages);
  return entries.flatMap((entry) =>
    (['da', 'en'] as const).map((locale) => {
      const url = `${basePath}/${entry.slug}`;
      return {
        id: `${locale}:${url}`,
        locale,
        url,
        title: entry.title[locale],
        section: sectionOf(locale, url),
        text: joinText(entry.summary[locale], entry.description?.[locale]),
      };
    }),
  );
}

/** An advisory offer as the search reads it: it has no page of its own, only a card on /for-kommuner. */
export interface SearchableOffer {
  title: LocalizedText;
  summary: LocalizedText;
}

/** The page that lists the advisory offers. */
const OFFER_LIST_PATH = '/for-kommuner';

/**
 * The offers' titles and summaries are part of /for-kommuner's text, so a search for an offer finds
 * the list that shows it. As documents of their own they pushed the activity pages out of the top
 * three for "infohus" and "online ekstremisme" (lib/search/relevance.test.ts).
 */
export function withOffers(pages: readonly Page[], offers: readonly SearchableOffer[]): Page[] {
  if (offers.length === 0) return [...pages];
  return pages.map((page) =>
    page.path === OFFER_LIST_PATH
      ? { ...page, text: joinText(page.text, ...offers.map((offer) => `${offer.title[page.locale]}. ${offer.summary[page.locale]}`)) }
      : page,
  );
}

/** The collections the search covers beyond MDX pages. A new collection with detail pages is added here. */
export interface SearchableContent {
  pages: readonly Page[];
  courses?: readonly LocalizedEntry[];
  publications?: readonly LocalizedEntry[];
  adviceOffers?: readonly SearchableOffer[];
}

export function documentsFromContent(content: SearchableContent): SearchDocument[] {
  return [
    ...pageDocuments(withOffers(content.pages, content.adviceOffers ?? [])),
    ...entryDocuments(content.courses ?? [], '/kurser', content.pages),
    ...entryDocuments(content.publications ?? [], '/viden', content.pages),
  ];
}
