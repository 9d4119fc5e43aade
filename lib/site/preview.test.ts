import { describe, expect, it } from 'vitest';
import { type Content } from '@/lib/content';
import { testPage } from '@/lib/navigation/test-pages';
import { previewPages, previewTitle } from './preview';

const content = {
  pages: [
    testPage('da', '/', { title: 'Forside' }),
    testPage('en', '/', { title: 'Front page' }),
    testPage('da', '/kurser', { title: 'Kurser' }),
    testPage('en', '/kurser', { title: 'Courses' }),
    testPage('da', '/kun-dansk', { title: 'Kun på dansk' }),
  ],
  courses: [
    {
      slug: 'samtaler',
      title: { da: 'Samtaletræning', en: 'Conversation training' },
      runs: [{ catalogue: '2027-foraar' }],
    },
  ],
  publications: [{ slug: 'rapport', title: { da: 'En rapport', en: 'A report' } }],
} as unknown as Content;

describe('previewTitle', () => {
  it('uses the title of the page, course or publication itself', () => {
    expect(previewTitle(content, 'da', '/')).toBe('Forside');
    expect(previewTitle(content, 'en', '/kurser/samtaler')).toBe('Conversation training');
    expect(previewTitle(content, 'da', '/viden/rapport')).toBe('En rapport');
  });

  it('falls back to the nearest page above when the path has no title of its own', () => {
    expect(previewTitle(content, 'en', '/kurser/katalog/2027-foraar')).toBe('Courses');
    expect(previewTitle(content, 'en', '/kun-dansk')).toBe('Front page');
  });
});

describe('previewPages', () => {
  it('covers every indexable page in both languages and leaves out the "not translated" pages', () => {
    const pages = previewPages(content).map(({ locale, path }) => `${locale}:${path}`);
    expect(pages).toEqual(
      expect.arrayContaining([
        'da:/',
        'en:/',
        'da:/kun-dansk',
        'da:/kurser/samtaler',
        'en:/kurser/samtaler',
        'en:/kurser/katalog/2027-foraar',
        'en:/viden/rapport',
      ]),
    );
    expect(pages.some((page) => page.includes('ikke-oversat'))).toBe(false);
    expect(pages).not.toContain('en:/kun-dansk');
  });
});
