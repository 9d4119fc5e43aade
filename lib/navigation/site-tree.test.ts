import { describe, expect, it } from 'vitest';
import { alternatesFor, untranslatedPaths } from './alternates';
import { breadcrumbTrail, mainNavigation, sectionNavigation } from './site-tree';
import { testPage } from './test-pages';

const pages = [
  testPage('da', '/'),
  testPage('da', '/om-centeret', { nav: { order: 7 } }),
  testPage('da', '/indsatser', { nav: { order: 2 }, title: 'Indsatser' }),
  testPage('da', '/indsatser/infohuse', { nav: { order: 2, label: 'Infohuse' } }),
  testPage('da', '/indsatser/raadgivning', { nav: { order: 1 } }),
  testPage('da', '/indsatser/skjult'),
  testPage('da', '/kontakt'),
  testPage('en', '/'),
  testPage('en', '/indsatser', { nav: { order: 2 } }),
];

describe('navigation from content', () => {
  it('lists top-level pages with a nav order, in that order, per language', () => {
    expect(mainNavigation(pages, 'da').map((item) => item.path)).toEqual(['/indsatser', '/om-centeret']);
    expect(mainNavigation(pages, 'en').map((item) => item.path)).toEqual(['/indsatser']);
  });

  it('builds the side menu of a section from its children with a nav order', () => {
    const items = sectionNavigation(pages, 'da', '/indsatser/infohuse');
    expect(items).toEqual([
      { path: '/indsatser', label: 'Indsatser' },
      { path: '/indsatser/raadgivning', label: 'Title /indsatser/raadgivning' },
      { path: '/indsatser/infohuse', label: 'Infohuse' },
    ]);
  });

  it('gives single pages no side menu', () => {
    expect(sectionNavigation(pages, 'da', '/kontakt')).toEqual([]);
    expect(sectionNavigation(pages, 'en', '/indsatser')).toEqual([]);
  });

  it('leads breadcrumbs from the front page through existing ancestors', () => {
    expect(breadcrumbTrail(pages, 'da', '/indsatser/infohuse').map((item) => item.path)).toEqual(['/', '/indsatser']);
    expect(breadcrumbTrail(pages, 'da', '/kurser/et-kursus').map((item) => item.path)).toEqual(['/']);
    expect(breadcrumbTrail(pages, 'da', '/')).toEqual([]);
  });
});

describe('language alternates', () => {
  it('links a translated page to the same path in the other language', () => {
    expect(alternatesFor(pages, '/indsatser')).toEqual([
      { locale: 'da', href: '/indsatser', translated: true },
      { locale: 'en', href: '/en/indsatser', translated: true },
    ]);
  });

  it('sends the switcher to the "not translated" page when a page has no translation', () => {
    expect(alternatesFor(pages, '/indsatser/infohuse')[1]).toEqual({
      locale: 'en',
      href: '/en/ikke-oversat/indsatser/infohuse',
      translated: false,
    });
    expect(untranslatedPaths(pages, 'en')).toContain('/indsatser/infohuse');
    expect(untranslatedPaths(pages, 'da')).toEqual([]);
  });

  it('leads back from a "not translated" page to the original', () => {
    expect(alternatesFor(pages, '/ikke-oversat/indsatser/infohuse')[0]).toEqual({
      locale: 'da',
      href: '/indsatser/infohuse',
      translated: true,
    });
  });

  it('treats paths that are not content pages as existing in both languages', () => {
    expect(alternatesFor(pages, '/kurser/et-kursus').map((a) => a.href)).toEqual(['/kurser/et-kursus', '/en/kurser/et-kursus']);
  });
});
