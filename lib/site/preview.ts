import { type Content } from '@/lib/content';
import { type Locale } from '@/lib/i18n/routing';
import { untranslatedPrefix } from '@/lib/navigation/alternates';
import { findPage } from '@/lib/navigation/site-tree';
import { publicUrls } from './urls';

function collectionTitle(content: Content, locale: Locale, path: string): string | undefined {
  const [, section, slug, ...rest] = path.split('/');
  if (rest.length > 0 || !slug) return undefined;
  if (section === 'kurser') return content.courses.find((course) => course.slug === slug)?.title[locale];
  if (section === 'viden') return content.publications.find((publication) => publication.slug === slug)?.title[locale];
  return undefined;
}

/**
 * The heading of a page's preview image: its own title, or, for a page whose
 * title is not content (a printed catalogue), the title of the nearest page
 * above it, so the image never claims more than the content says.
 */
export function previewTitle(content: Content, locale: Locale, path: string): string | undefined {
  for (let current = path; ; current = current.slice(0, current.lastIndexOf('/')) || '/') {
    const title = findPage(content.pages, locale, current)?.title ?? collectionTitle(content, locale, current);
    if (title) return title;
    if (current === '/') return undefined;
  }
}

/** Pages that get a preview image: every public page that search engines may index. */
export function previewPages(content: Content): { locale: Locale; path: string }[] {
  return publicUrls(content)
    .filter((url) => !url.path.startsWith(untranslatedPrefix))
    .map(({ locale, path }) => ({ locale, path }));
}
