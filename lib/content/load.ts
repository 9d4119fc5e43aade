import { type Locale } from '@/lib/i18n/routing';
import { type AdviceOffer, findBrokenOfferReferences, loadAdviceOffers } from './advice';
import { loadContacts } from './contacts';
import { checkConcernContacts, type Concern, loadConcern } from './concern';
import { type Course, loadCourses } from './courses';
import { IssueCollector } from './errors';
import { extractLinks, findBrokenLinks } from './links';
import { findComponentProblems } from './mdx-components';
import { loadPages, type PageSource } from './pages';
import { loadPublications, type Publication } from './publications';
import { findBrokenReferences } from './references';
import { routePaths } from './route-paths';
import { type Contact } from './schemas/contact';
import { type SearchSynonym } from './schemas/search';
import { findUnknownSynonymPages, loadSearchSynonyms } from './search';
import { findDuplicateTexts } from './unique-texts';

/** Everything in content/, read and validated, pages with their raw MDX. */
export interface LoadedContent {
  pages: PageSource[];
  contacts: Contact[];
  concern: Concern;
  synonyms: SearchSynonym[];
  courses: Course[];
  publications: Publication[];
  adviceOffers: AdviceOffer[];
}

function checkLinks(content: LoadedContent, issues: IssueCollector): void {
  const known = new Set<string>();
  for (const page of content.pages) known.add(`${page.locale}:${page.path}`);
  for (const locale of ['da', 'en'] as const) {
    for (const path of routePaths(content)) known.add(`${locale}:${path}`);
  }
  const exists = (locale: Locale, path: string) => known.has(`${locale}:${path}`);
  const contactIds = new Set(content.contacts.map((contact) => contact.id));
  for (const page of content.pages) {
    issues.addAll(findComponentProblems(page.file, page.body, contactIds));
    issues.addAll(findBrokenLinks(page.file, extractLinks(page.body), page.locale, exists));
    issues.addAll(findBrokenLinks(page.file, page.related, page.locale, exists).map((i) => ({ ...i, field: 'related' })));
  }
  issues.addAll(findUnknownSynonymPages(content.synonyms, exists));
  issues.addAll(findBrokenOfferReferences(content.adviceOffers, content.courses, content.publications, exists));
}

/**
 * Thrown when the loader runs inside Next.js (a build worker or a server):
 * there the content comes from the snapshot `content:check` wrote, and
 * parsing and validating it again would put the parsers in the bundles.
 */
export class LoaderAtRunTimeError extends Error {
  constructor() {
    super('The content loader runs only in `npm run content:check` and tests; Next.js code imports the snapshot (@/lib/content).');
    this.name = 'LoaderAtRunTimeError';
  }
}

/** Reads and validates everything; throws one ContentError listing every problem. */
export function loadContent(env: Readonly<Record<string, string | undefined>> = process.env): LoadedContent {
  // Next.js sets NEXT_RUNTIME in every process that renders a page, at build and at run time.
  if (env.NEXT_RUNTIME) throw new LoaderAtRunTimeError();
  const issues = new IssueCollector();
  const content: LoadedContent = {
    pages: loadPages(issues),
    contacts: loadContacts(issues),
    concern: loadConcern(issues),
    synonyms: loadSearchSynonyms(issues),
    courses: loadCourses(issues),
    publications: loadPublications(issues),
    adviceOffers: loadAdviceOffers(issues),
  };
  issues.addAll(findBrokenReferences(content.courses, content.publications));
  issues.addAll(findDuplicateTexts(content.pages, content.courses, content.publications));
  checkConcernContacts(content.concern, content.contacts, issues);
  checkLinks(content, issues);
  issues.throwIfAny();
  return content;
}
