import { describe, expect, it } from 'vitest';
import { type Page } from '@/lib/content';
import { GUIDE_RELATED_PAGES, relatedLinks } from './related-pages';

const page = (locale: 'da' | 'en', path: string) => ({ locale, path }) as Page;

describe('the guide’s links to the pages around it', () => {
  it('are the three pages of issue 14', () => {
    expect(GUIDE_RELATED_PAGES.map((related) => related.path)).toEqual(['/tegn-paa-bekymring', '/hvad-sker-der', '/hvad-er-ekstremisme']);
  });

  it('link each page that exists in the language, under /en in English', () => {
    const pages = [
      page('da', '/tegn-paa-bekymring'),
      page('da', '/hvad-sker-der'),
      page('en', '/hvad-sker-der'),
      page('da', '/om-centeret'),
    ];
    expect(relatedLinks(pages, 'da')).toEqual([
      { key: 'signs', href: '/tegn-paa-bekymring' },
      { key: 'whatHappens', href: '/hvad-sker-der' },
    ]);
    expect(relatedLinks(pages, 'en')).toEqual([{ key: 'whatHappens', href: '/en/hvad-sker-der' }]);
  });

  it('leave out a page not yet written rather than link to nothing', () => {
    expect(relatedLinks([], 'da')).toEqual([]);
  });
});
