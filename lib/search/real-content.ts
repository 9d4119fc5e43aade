import { type Content, getContent } from '@/lib/content';
import { memoiseSearch } from './site-index';

const isFixture = (item: unknown) =>
  typeof item === 'object' && item !== null && String((item as { file?: unknown }).file ?? '').startsWith('tests/');

/**
 * The real content only: the snapshot holds the invented test content too when it was checked with
 * PORTAL_FIXTURES=1 (as the test suite does), and relevance is judged on what visitors can find.
 */
export function realContent(content: Content = getContent()): Content {
  return {
    ...content,
    pages: content.pages.filter((page) => !isFixture(page)),
    courses: content.courses.filter((course) => !isFixture(course)),
    publications: content.publications.filter((publication) => !isFixture(publication)),
    synonyms: content.synonyms.filter((synonym) => !isFixture(synonym)),
  };
}

/** Search over the real content, built once, for the relevance tests. */
export const realSiteSearch = memoiseSearch(() => realContent());
