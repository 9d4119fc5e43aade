import { describe, expect, it } from 'vitest';
import { type Page } from '@/lib/content';
import { testPage } from '@/lib/navigation/test-pages';
import { mdxToText } from '@/lib/readability/mdx-text';
import { documentsFromContent, entryDocuments, pageDocuments } from './documents';

function page(locale: 'da' | 'en', path: string, title: string, body: string, navLabel?: string): Page {
  return testPage(locale, path, {
    title,
    description: `Beskrivelse af ${title}, lang nok til at være en rigtig beskrivelse.`,
    nav: navLabel ? { order: 1, label: navLabel } : undefined,
    // As content:check writes it into the snapshot.
    text: mdxToText(body),
  });
}

const pages = [
  page('da', '/', 'Forside', 'Velkommen.'),
  page('da', '/indsatser', 'Centerets indsatser', 'Oversigt.', 'Indsatser'),
  page(
    'da',
    '/indsatser/infohuse',
    'Infohuse',
    '## Tolv infohuse\n\nDer er **12** [infohuse](/indsatser).\n\n<Callout>Ring i dag</Callout>',
  ),
  page('da', '/soeg', 'Søg', 'Søg på sitet.'),
  page('en', '/indsatser', 'Our work', 'Overview.'),
  page('en', '/indsatser/infohuse', 'Infohuse', 'There are 12 infohuse.'),
];

describe('pageDocuments', () => {
  const documents = pageDocuments(pages);
  const infohuse = documents.find((document) => document.id === 'da:/indsatser/infohuse')!;

  it('turns the MDX body into plain text without markup, after the description', () => {
    expect(infohuse.text).toBe(
      'Beskrivelse af Infohuse, lang nok til at være en rigtig beskrivelse. Tolv infohuse Der er 12 infohuse. Ring i dag',
    );
  });

  it('names the section by its menu label, in the page’s own language', () => {
    expect(infohuse.section).toBe('Indsatser');
    expect(documents.find((document) => document.id === 'en:/indsatser/infohuse')!.section).toBe('Our work');
  });

  it('gives the front page and the section pages themselves no section', () => {
    expect(documents.find((document) => document.url === '/')!.section).toBeUndefined();
    expect(documents.find((document) => document.id === 'da:/indsatser')!.section).toBeUndefined();
  });

  it('leaves out the search page itself', () => {
    expect(documents.map((document) => document.url)).not.toContain('/soeg');
    expect(documents).toHaveLength(5);
  });
});

describe('entryDocuments', () => {
  it('makes one document per language from a collection entry', () => {
    const documents = entryDocuments(
      [{ slug: 'grundkursus', title: { da: 'Grundkursus', en: 'Basic course' }, summary: { da: 'Om infohuse.', en: 'On infohuse.' } }],
      '/kurser',
      [page('da', '/kurser', 'Kurser', 'Alle kurser.')],
    );
    expect(documents).toEqual([
      {
        id: 'da:/kurser/grundkursus',
        locale: 'da',
        url: '/kurser/grundkursus',
        title: 'Grundkursus',
        section: 'Kurser',
        text: 'Om infohuse.',
      },
      {
        id: 'en:/kurser/grundkursus',
        locale: 'en',
        url: '/kurser/grundkursus',
        title: 'Basic course',
        section: undefined,
        text: 'On infohuse.',
      },
    ]);
  });
});

describe('documentsFromContent', () => {
  it('covers pages, courses and publications', () => {
    const entry = { slug: 'x', title: { da: 'X', en: 'X' }, summary: { da: 'x', en: 'x' } };
    const urls = documentsFromContent({ pages: pages.slice(0, 1), courses: [entry], publications: [entry] }).map((d) => d.id);
    expect(urls).toEqual(['da:/', 'da:/kurser/x', 'en:/kurser/x', 'da:/viden/x', 'en:/viden/x']);
  });
});
