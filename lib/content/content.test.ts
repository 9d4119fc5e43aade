import { describe, expect, it } from 'vitest';
import { IssueCollector } from './errors';
import { loadContent } from './load';
import { loadPages } from './pages';

/**
 * The real content, validated the way the build validates it: frontmatter,
 * internal links and related pages. A failure lists every problem.
 */
describe('the portal content', () => {
  it('loads without problems', () => {
    expect(() => loadContent()).not.toThrow();
  });

  const pages = loadPages(new IssueCollector());

  it('gives every page a description of its own within its language', () => {
    for (const locale of ['da', 'en'] as const) {
      const seen = new Map<string, string>();
      for (const page of pages.filter((candidate) => candidate.locale === locale)) {
        expect(seen.get(page.description), `${page.file} repeats the description of ${seen.get(page.description)}`).toBeUndefined();
        seen.set(page.description, page.file);
      }
    }
  });
});
