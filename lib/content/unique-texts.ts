import { type Course } from './courses';
import { type ContentIssue } from './errors';
import { type PageSource as Page } from './pages';
import { type Publication } from './publications';
import { type Locale, locales } from './schemas/common';

/** One page's title and meta description as they reach search engines. */
interface PageTexts {
  file: string;
  locale: Locale;
  /** The fields holding them, e.g. `title` in an MDX file, `title.en` in a course. */
  titleField: string;
  descriptionField: string;
  title: string;
  description: string;
}

/** Case and spacing do not make two titles different to a reader or a search engine. */
function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');
}

function collectionTexts(items: readonly (Course | Publication)[]): PageTexts[] {
  return items.flatMap((item) =>
    locales.map((locale) => ({
      file: item.file,
      locale,
      titleField: `title.${locale}`,
      // The summary is what a course or publication page gives as its description.
      descriptionField: `summary.${locale}`,
      title: item.title[locale],
      description: item.summary[locale],
    })),
  );
}

function allTexts(pages: readonly Page[], courses: readonly Course[], publications: readonly Publication[]): PageTexts[] {
  return [
    ...pages.map((page) => ({
      file: page.file,
      locale: page.locale,
      titleField: 'title',
      descriptionField: 'description',
      title: page.title,
      description: page.description,
    })),
    ...collectionTexts(courses),
    ...collectionTexts(publications),
  ];
}

/**
 * Every page of a language needs its own title and description: search results
 * and browser tabs show nothing else to tell two pages apart. Reports each
 * repeat against the first file that used the text.
 */
export function findDuplicateTexts(
  pages: readonly Page[],
  courses: readonly Course[],
  publications: readonly Publication[],
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const firstUse = new Map<string, string>();
  const check = (entry: PageTexts, kind: 'title' | 'description', field: string, text: string) => {
    const key = `${entry.locale}\u0000${kind}\u0000${normalise(text)}`;
    const first = firstUse.get(key);
    if (first === undefined) firstUse.set(key, entry.file);
    else issues.push({ file: entry.file, field, message: `same ${kind} as ${first}` });
  };
  for (const entry of allTexts(pages, courses, publications)) {
    check(entry, 'title', entry.titleField, entry.title);
    check(entry, 'description', entry.descriptionField, entry.description);
  }
  return issues;
}
