import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatIssue, IssueCollector } from './errors';
import { findUnknownSynonymPages, loadSearchSynonyms } from './search';

describe('loadSearchSynonyms', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('reports every bad entry, and a word in two groups of one language, with file and field', () => {
    vi.stubEnv('PORTAL_CONTENT_ROOTS', 'tests/fixtures/search-broken');
    const issues = new IssueCollector();
    loadSearchSynonyms(issues);
    const broken = 'tests/fixtures/search-broken/search/synonyms.yaml';
    const overlap = 'tests/fixtures/search-broken/search/overlap.yaml';
    expect(issues.issues.map(formatIssue)).toEqual([
      `${overlap}: 1.words: "hotline" is already in ${overlap} entry 0; merge the two`,
      `${broken}: 0.words: needs two or more words, or a \`means\` they lead to`,
      `${broken}: 1.locale: Invalid option: expected one of "da"|"en"`,
      `${broken}: 2.words.1: must be letters, digits, spaces and hyphens, e.g. info-hus`,
      `${broken}: 3.words: "Radikalisering" is listed twice`,
      `${broken}: 5.extra: is not a known field (misspelt?)`,
      `${broken}: 6.page: must be a path of the site without language prefix, e.g. /kurser`,
    ]);
  });

  it('names the entry whose landing page does not exist in its language', () => {
    const issues = new IssueCollector();
    const synonyms = loadSearchSynonyms(issues);
    const missing = synonyms.findIndex((entry) => entry.locale === 'en' && entry.page === '/kurser');
    const exists = (locale: string, path: string) => !(locale === 'en' && path === '/kurser');
    expect(findUnknownSynonymPages(synonyms, exists).map(formatIssue)).toContain(
      `content/search/synonyms.yaml: ${missing}.page: /kurser is no page in en`,
    );
    expect(findUnknownSynonymPages(synonyms, () => true)).toEqual([]);
  });

  it('loads the real synonyms without problems', () => {
    const issues = new IssueCollector();
    const synonyms = loadSearchSynonyms(issues);
    expect(issues.issues).toEqual([]);
    expect(synonyms).toContainEqual({
      locale: 'da',
      words: ['radikalisering', 'radikaliseret', 'radikaliseres'],
      means: 'ekstremisme',
      page: '/hvad-er-ekstremisme',
    });
    expect(synonyms.some((entry) => entry.locale === 'da' && entry.means === 'infohus' && entry.words.includes('info-hus'))).toBe(true);
  });
});
