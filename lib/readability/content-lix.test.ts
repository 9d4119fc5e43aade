import { describe, expect, it } from 'vitest';
import { IssueCollector } from '@/lib/content/errors';
import { loadPages } from '@/lib/content/pages';
import { lixLimitFor } from './limits';
import { lix } from './lix';
import { mdxToText } from './mdx-text';

/**
 * An early warning before a build: the text each Danish MDX page holds must
 * be within the page's LIX limit. `npm run content:lix` measures the built
 * pages, which also hold text from components and the layout.
 */
const danishPages = loadPages(new IssueCollector()).filter((page) => page.locale === 'da');

describe('readability of the Danish pages as written', () => {
  it('finds Danish pages to measure', () => {
    expect(danishPages.length).toBeGreaterThan(0);
  });

  it.each(danishPages.map((page) => [page.path, page] as const))('%s is within its LIX limit', (path, page) => {
    const score = lix(`${page.title}\n\n${mdxToText(page.body)}`).lix;
    expect(score, `${page.file}: LIX ${score.toFixed(1)}`).toBeLessThanOrEqual(lixLimitFor(path));
  });
});
