import { describe, expect, it } from 'vitest';
import { ogImagePath, pageMetadata, pathFromOgSlug } from './metadata';
import { testPage } from './test-pages';

const pages = [
  testPage('da', '/'),
  testPage('en', '/'),
  testPage('da', '/indsatser'),
  testPage('en', '/indsatser'),
  testPage('da', '/kun-dansk'),
];
const text = { title: 'Infohuse', description: 'Hvad et infohus er, og hvem der sidder i det.' };

describe('pageMetadata', () => {
  it('gives canonical, hreflang and Open Graph tags that agree on the address', () => {
    const metadata = pageMetadata(pages, 'en', '/indsatser', text);
    expect(metadata.alternates).toEqual({ canonical: '/en/indsatser', languages: { da: '/indsatser', en: '/en/indsatser' } });
    expect(metadata.openGraph).toMatchObject({
      title: 'Infohuse',
      description: text.description,
      url: '/en/indsatser',
      locale: 'en_GB',
      alternateLocale: ['da_DK'],
      images: [{ url: '/api/og/en/indsatser', width: 1200, height: 630, alt: 'Infohuse' }],
    });
  });

  it('names no other language for a page that exists only in Danish', () => {
    const metadata = pageMetadata(pages, 'da', '/kun-dansk', text);
    expect(metadata.alternates?.languages).toEqual({ da: '/kun-dansk' });
    expect(metadata.openGraph).toMatchObject({ url: '/kun-dansk', locale: 'da_DK', alternateLocale: [] });
  });

  it('lists both languages for paths that are not content pages (course details exist in both)', () => {
    const metadata = pageMetadata(pages, 'da', '/kurser/et-kursus', text);
    expect(metadata.alternates?.languages).toEqual({ da: '/kurser/et-kursus', en: '/en/kurser/et-kursus' });
  });
});

describe('preview image paths', () => {
  it('leads from a page to its image and back', () => {
    expect(ogImagePath('da', '/')).toBe('/api/og/da');
    expect(ogImagePath('en', '/indsatser/infohuse')).toBe('/api/og/en/indsatser/infohuse');
    expect(pathFromOgSlug(undefined)).toBe('/');
    expect(pathFromOgSlug(['indsatser', 'infohuse'])).toBe('/indsatser/infohuse');
  });
});
