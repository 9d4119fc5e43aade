import { describe, expect, it } from 'vitest';
import { type Content } from '@/lib/content';
import { testPage } from '@/lib/navigation/test-pages';
import { lastModified, sitemapEntries } from './sitemap';

const content = {
  pages: [
    testPage('da', '/', { updated: '2026-01-10' }),
    testPage('en', '/', { updated: '2026-02-01' }),
    testPage('da', '/kurser', { updated: '2026-03-01' }),
    testPage('en', '/kurser', { updated: '2026-03-01' }),
    testPage('da', '/viden', { updated: '2026-09-01' }),
    testPage('da', '/kun-dansk', { updated: '2025-12-24' }),
  ],
  courses: [
    {
      slug: 'samtaler',
      published: '2026-04-01',
      runs: [
        { catalogue: '2027-foraar', published: '2026-10-02' },
        { catalogue: '2027-efteraar', published: undefined },
      ],
    },
    { slug: 'temadag', published: '2026-05-05', runs: [{ catalogue: '2027-efteraar', published: undefined }] },
  ],
  publications: [{ slug: 'rapport', published: '2026-08-08' }],
} as unknown as Content;

describe('lastModified', () => {
  it('takes the date from the page in its own language', () => {
    expect(lastModified(content, 'da', '/')).toBe('2026-01-10');
    expect(lastModified(content, 'en', '/')).toBe('2026-02-01');
  });

  it('dates a course by its newest announcement and a publication by its publishing date', () => {
    expect(lastModified(content, 'da', '/kurser/samtaler')).toBe('2026-10-02');
    expect(lastModified(content, 'en', '/kurser/temadag')).toBe('2026-05-05');
    expect(lastModified(content, 'da', '/viden/rapport')).toBe('2026-08-08');
  });

  it('dates a printed catalogue by the newest of its own runs only', () => {
    expect(lastModified(content, 'da', '/kurser/katalog/2027-efteraar')).toBe('2026-05-05');
    expect(lastModified(content, 'da', '/kurser/katalog/2027-foraar')).toBe('2026-10-02');
  });

  it('dates a list page by its own text or its newest item, whichever is later', () => {
    expect(lastModified(content, 'da', '/kurser')).toBe('2026-10-02');
    expect(lastModified(content, 'da', '/viden')).toBe('2026-09-01');
  });

  it('gives no date rather than an invented one', () => {
    expect(lastModified(content, 'da', '/noget-andet')).toBeUndefined();
  });
});

describe('sitemapEntries', () => {
  const entries = sitemapEntries(content, new URL('https://example.dk'));
  const entry = (url: string) => entries.find((candidate) => candidate.url === url);

  it('lists each page in each language it exists in, with absolute addresses', () => {
    expect(entry('https://example.dk/')).toEqual({
      url: 'https://example.dk/',
      lastModified: '2026-01-10',
      alternates: { languages: { da: 'https://example.dk/', en: 'https://example.dk/en' } },
    });
    expect(entry('https://example.dk/en/kurser/samtaler')?.alternates.languages).toEqual({
      da: 'https://example.dk/kurser/samtaler',
      en: 'https://example.dk/en/kurser/samtaler',
    });
  });

  it('gives a page that exists in one language no alternate and no "not translated" page', () => {
    expect(entry('https://example.dk/kun-dansk')?.alternates.languages).toEqual({ da: 'https://example.dk/kun-dansk' });
    expect(entries.some((candidate) => candidate.url.includes('ikke-oversat'))).toBe(false);
    expect(entry('https://example.dk/en/kun-dansk')).toBeUndefined();
  });

  it('has no address twice', () => {
    const urls = entries.map((candidate) => candidate.url);
    expect(new Set(urls).size).toBe(urls.length);
  });
});
