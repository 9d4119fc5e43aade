import { describe, expect, it } from 'vitest';
import { testPage } from '@/lib/navigation/test-pages';
import { relatedLinks } from './page-data';

describe('relatedLinks', () => {
  const pages = [
    testPage('da', '/a', { title: 'A', description: 'Om A, længe nok til at være en rigtig beskrivelse.' }),
    testPage('da', '/b', { title: 'B' }),
    testPage('en', '/c', { title: 'C' }),
  ];

  it('gives the named pages of the language in the order named, with title and description', () => {
    expect(relatedLinks(pages, 'da', ['/b', '/a'])).toEqual([
      { path: '/b', title: 'B', description: pages[1]!.description },
      { path: '/a', title: 'A', description: 'Om A, længe nok til at være en rigtig beskrivelse.' },
    ]);
  });

  it('leaves out a page missing in that language', () => {
    expect(relatedLinks(pages, 'da', ['/c', '/a']).map((link) => link.path)).toEqual(['/a']);
    expect(relatedLinks(pages, 'en', ['/a'])).toEqual([]);
  });
});
