import { describe, expect, it } from 'vitest';
import { type Contact } from '@/lib/content';
import { hotlineSummary, pageFrameOf, siteFrameOf } from './frame';
import { testPage } from './test-pages';

const hotline: Contact = {
  id: 'hotline',
  name: { da: 'Hotline', en: 'Hotline (en)' },
  description: { da: 'Ring.', en: 'Call.' },
  phone: '11 22 33 44',
  hours: { da: 'Alle dage', en: 'Every day' },
  anonymous: true,
  source: { url: 'https://example.org/' },
};

const pages = [
  testPage('da', '/'),
  testPage('da', '/indsatser', { nav: { order: 1 }, title: 'Indsatser' }),
  testPage('da', '/indsatser/infohuse', { nav: { order: 1, label: 'Infohuse' } }),
  testPage('da', '/kontakt', { nav: { order: 2 } }),
  testPage('en', '/'),
  testPage('en', '/indsatser', { nav: { order: 1 } }),
];

describe('the frame around every page', () => {
  it('gives the hotline in the page language, and nothing without a number', () => {
    expect(hotlineSummary([hotline], 'en')).toEqual({ name: 'Hotline (en)', phone: '11 22 33 44', hours: 'Every day', anonymous: true });
    expect(hotlineSummary([{ ...hotline, phone: undefined }], 'da')).toBeUndefined();
    expect(hotlineSummary([], 'da')).toBeUndefined();
  });

  it('lists the main sections of the language', () => {
    expect(siteFrameOf({ pages, contacts: [hotline] }, 'da').sections.map((item) => item.path)).toEqual(['/indsatser', '/kontakt']);
  });

  it('gives a page in a section its side menu, breadcrumbs and language links', () => {
    const frame = pageFrameOf(pages, 'da', '/indsatser/infohuse');
    expect(frame.sideItems.map((item) => item.path)).toEqual(['/indsatser', '/indsatser/infohuse']);
    expect(frame.trail.map((item) => item.path)).toEqual(['/', '/indsatser']);
    expect(frame.alternates).toEqual([
      { locale: 'da', href: '/indsatser/infohuse' },
      { locale: 'en', href: '/en/ikke-oversat/indsatser/infohuse' },
    ]);
  });

  it('gives the front page no breadcrumbs and keeps the query on its language links', () => {
    const frame = pageFrameOf(pages, 'da', '/', '?s=1');
    expect(frame.trail).toEqual([]);
    expect(frame.alternates.map((alternate) => alternate.href)).toEqual(['/?s=1', '/en?s=1']);
  });
});
