import { loadContacts } from './contacts';
import { checkConcernContacts, type Concern, loadConcern } from './concern';
import { type Course, loadCourses } from './courses';
import { ContentError, IssueCollector } from './errors';
import { extractLinks, findBrokenLinks } from './links';
import { findComponentProblems } from './mdx-components';
import { loadPages, type Page } from './pages';
import { loadPublications, type Publication } from './publications';
import { findBrokenReferences } from './references';
import { type Locale } from './schemas/common';
import { type Contact } from './schemas/contact';
import { findDuplicateTexts } from './unique-texts';
import { type SearchSynonym } from './schemas/search';
import { findUnknownSynonymPages, loadSearchSynonyms } from './search';

export type { Page } from './pages';
export type { Contact } from './schemas/contact';
export type { Concern, Municipality } from './concern';
export type { ConcernRoute, ConcernRouteId, District } from './schemas/concern';
export type { Course } from './courses';
export type { Publication } from './publications';
export type { Locale } from './schemas/common';
export { ContentError };

export interface Content {
  pages: Page[];
  contacts: Contact[];
  concern: Concern;
  synonyms: SearchSynonym[];
  courses: Course[];
  publications: Publication[];
}

/**
 * Paths that dedicated routes add beyond the MDX pages (detail pages of
 * collections, tools). Each entry is a path without locale prefix.
 */
export function routePaths(content: Content, _locale: Locale): string[] {
  const semesters = new Set(content.courses.flatMap((course) => course.runs.map((run) => run.catalogue)));
  return [
    ...content.courses.map((course) => `/kurser/${course.slug}`),
    ...[...semesters].map((semester) => `/kurser/katalog/${semester}`),
    ...content.publications.map((publication) => `/viden/${publication.slug}`),
    '/bekymring/find-infohus',
  ];
}

function checkLinks(content: Content, issues: IssueCollector): void {
  const known = new Set<string>();
  for (const page of content.pages) known.add(`${page.locale}:${page.path}`);
  for (const locale of ['da', 'en'] as const) {
    for (const path of routePaths(content, locale)) known.add(`${locale}:${path}`);
  }
  const exists = (locale: Locale, path: string) => known.has(`${locale}:${path}`);
  const contactIds = new Set(content.contacts.map((contact) => contact.id));
  for (const page of content.pages) {
    issues.addAll(findComponentProblems(page.file, page.body, contactIds));
    issues.addAll(findBrokenLinks(page.file, extractLinks(page.body), page.locale, exists));
    issues.addAll(findBrokenLinks(page.file, page.related, page.locale, exists).map((i) => ({ ...i, field: 'related' })));
  }
  issues.addAll(findUnknownSynonymPages(content.synonyms, exists));
}

/** Reads and validates everything; throws one ContentError listing every problem. */
export function loadContent(): Content {
  const issues = new IssueCollector();
  const content: Content = {
    pages: loadPages(issues),
    contacts: loadContacts(issues),
    concern: loadConcern(issues),
    synonyms: loadSearchSynonyms(issues),
    courses: loadCourses(issues),
    publications: loadPublications(issues),
  };
  issues.addAll(findBrokenReferences(content.courses, content.publications));
  issues.addAll(findDuplicateTexts(content.pages, content.courses, content.publications));
  checkConcernContacts(content.concern, content.contacts, issues);
  checkLinks(content, issues);
  issues.throwIfAny();
  return content;
}

let loaded: Content | undefined;

/** All content, read and validated once per process (at build time, in practice). */
export function getContent(): Content {
  loaded ??= loadContent();
  return loaded;
}
