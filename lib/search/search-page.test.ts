import { describe, expect, test } from 'vitest';
import { createSearchEngine } from './engine';
import { searchPageData } from './search-page';

const engine = createSearchEngine(
  Array.from({ length: 12 }, (_, index) => ({
    id: `da:/side-${index}`,
    locale: 'da' as const,
    url: `/side-${index}`,
    title: `Infohus ${index}`,
    text: 'Et infohus er et lokalt samarbejde.',
  })),
  [],
);

describe('searchPageData', () => {
  test('no query: nothing is searched', () => {
    expect(searchPageData(engine, 'da', undefined, undefined)).toEqual({ query: { text: '', truncated: false }, results: null });
    expect(searchPageData(engine, 'da', '   ', '2').results).toBeNull();
  });

  test('the query is cleaned before it is searched, and ?page= picks the page', () => {
    const data = searchPageData(engine, 'da', ['  infohus\u202e ', 'ignored'], '2');
    expect(data.query.text).toBe('infohus');
    expect(data.results?.total).toBe(12);
    expect(data.results?.page).toBe(2);
    expect(data.results?.hits).toHaveLength(2);
  });

  test('a page number that is not one gives the first page', () => {
    expect(searchPageData(engine, 'da', 'infohus', 'x; drop').results?.page).toBe(1);
  });
});
