import { describe, expect, it } from 'vitest';
import { IssueCollector } from '@/lib/content/errors';
import { loadPages } from '@/lib/content/pages';
import { lixLimitFor, sentenceLimitFor } from './limits';
import { lix } from './lix';
import { mdxToText } from './mdx-text';
import { sentenceProblems } from './report';
import { sentenceLengths } from './sentence-length';

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

  // A page a dedicated route renders holds only its introduction in MDX; its sentences are judged on the build.
  const contentPages = danishPages.filter((page) => page.route === 'content');
  it.each(contentPages.map((page) => [page.path, page] as const))('%s is within its sentence-length limits', (path, page) => {
    const prose = sentenceLengths(mdxToText(page.body));
    const figures = `${prose.averageWords.toFixed(1)} words a sentence, ${Math.round(prose.shortShare * 100)} % short`;
    expect(sentenceProblems(prose, sentenceLimitFor(path)), `${page.file}: ${figures}`).toEqual([]);
  });
});
