import { type Content, type Course } from '@/lib/content';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';
import { alternatesFor } from '@/lib/navigation/alternates';
import { findPage } from '@/lib/navigation/site-tree';
import { previewPages } from './preview';

export interface SitemapEntry {
  url: string;
  /** YYYY-MM-DD from the content; left out when the content gives no date. */
  lastModified?: string;
  alternates: { languages: Partial<Record<Locale, string>> };
}

function newest(dates: readonly (string | undefined)[]): string | undefined {
  return dates
    .filter((date): date is string => date !== undefined)
    .sort()
    .at(-1);
}

/** A course changes when it is published and again when a run is announced. */
function courseDate(course: Course, runs = course.runs): string | undefined {
  return newest([course.published, ...runs.map((run) => run.published)]);
}

/**
 * When the content behind a page last changed. A list page (courses, the
 * library) changes with its newest item as well as with its own text.
 */
export function lastModified(content: Content, locale: Locale, path: string): string | undefined {
  const [, section, slug, semester] = path.split('/');
  if (section === 'kurser' && slug === 'katalog' && semester) {
    return newest(
      content.courses.map((course) =>
        courseDate(
          course,
          course.runs.filter((run) => run.catalogue === semester),
        ),
      ),
    );
  }
  const course = section === 'kurser' && slug ? content.courses.find((candidate) => candidate.slug === slug) : undefined;
  if (course) return courseDate(course);
  if (section === 'viden' && slug) return content.publications.find((publication) => publication.slug === slug)?.published;
  const page = findPage(content.pages, locale, path)?.updated;
  if (path === '/kurser') return newest([page, ...content.courses.map((course) => courseDate(course))]);
  if (path === '/viden') return newest([page, ...content.publications.map((publication) => publication.published)]);
  return page;
}

/**
 * One entry per indexable page and language, with the page's other languages
 * as alternates. The "not translated" pages are left out: they ask search
 * engines not to index them.
 */
export function sitemapEntries(content: Content, siteUrl: URL): SitemapEntry[] {
  const absolute = (href: string) => new URL(href, siteUrl).href;
  return previewPages(content).map(({ locale, path }) => {
    const alternate = alternatesFor(content.pages, path).filter((entry) => entry.translated);
    const date = lastModified(content, locale, path);
    return {
      url: absolute(localizedPath(locale, path)),
      ...(date ? { lastModified: date } : {}),
      alternates: { languages: Object.fromEntries(alternate.map((entry) => [entry.locale, absolute(entry.href)])) },
    };
  });
}
