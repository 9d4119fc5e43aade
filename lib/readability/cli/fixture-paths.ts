import { loadContent } from '@/lib/content/load';
import { contentRoots } from '@/lib/content/roots';

const FIXTURE_ROOT = contentRoots({ ...process.env, PORTAL_CONTENT_ROOTS: undefined, PORTAL_FIXTURES: '1' }).at(-1)!;

/**
 * The portal paths of the invented test content (pages, courses and
 * publications under tests/fixtures/content). The content is loaded with the
 * fixtures, whether or not the measured build holds them: a path that is not
 * built is simply never looked up.
 */
export function fixturePaths(): Set<string> {
  // Read from content/ itself: the snapshot the server uses holds fixtures only when checked with them.
  process.env.PORTAL_FIXTURES = '1';
  const content = loadContent();
  const fromFixtures = (item: { file: string }) => item.file.startsWith(`${FIXTURE_ROOT}/`);
  return new Set([
    ...content.pages.filter(fromFixtures).map((page) => page.path),
    ...content.courses.filter(fromFixtures).map((course) => `/kurser/${course.slug}`),
    ...content.publications.filter(fromFixtures).map((publication) => `/viden/${publication.slug}`),
  ]);
}
