import { describe, expect, it } from 'vitest';
import { type Page } from '@/lib/content';
import { memoiseSearch } from './site-index';

const frontPage = {
  title: 'Forside',
  description: 'En forside til prøve, som kun findes for søgningens egne tests.',
  locale: 'da',
  slug: [],
  path: '/',
  text: 'Her står noget om forebyggelse af ekstremisme.',
} as unknown as Page;

describe('memoiseSearch', () => {
  it('loads the content and builds the index once, then answers from it', () => {
    let loads = 0;
    const search = memoiseSearch(() => {
      loads++;
      return { pages: [frontPage], synonyms: [{ locale: 'da', words: ['radikalisering', 'ekstremisme'], page: '/' }] };
    });
    expect(search.buildMilliseconds()).toBe(0);
    const first = search.get();
    const took = search.buildMilliseconds();
    expect(took).toBeGreaterThan(0);
    expect(search.get()).toBe(first);
    expect(
      search
        .get()
        .search('da', 'radikalisering')
        .hits.map((hit) => hit.url),
    ).toEqual(['/']);
    expect(loads).toBe(1);
    expect(search.buildMilliseconds()).toBe(took);
  });
});
