import { type Locale, type Page } from '@/lib/content';

export interface NavItem {
  path: string;
  label: string;
}

function label(page: Page): string {
  return page.nav?.label ?? page.title;
}

function byNavOrder(a: Page, b: Page): number {
  return (a.nav?.order ?? 0) - (b.nav?.order ?? 0) || a.title.localeCompare(b.title, a.locale);
}

function inLocale(pages: readonly Page[], locale: Locale): Page[] {
  return pages.filter((page) => page.locale === locale);
}

export function findPage(pages: readonly Page[], locale: Locale, path: string): Page | undefined {
  return pages.find((page) => page.locale === locale && page.path === path);
}

/** The main menu: top-level pages that carry a nav order. */
export function mainNavigation(pages: readonly Page[], locale: Locale): NavItem[] {
  return inLocale(pages, locale)
    .filter((page) => page.slug.length === 1 && page.nav)
    .sort(byNavOrder)
    .map((page) => ({ path: page.path, label: label(page) }));
}

/** The section a path belongs to: its first segment, when that is a page. */
export function sectionOf(pages: readonly Page[], locale: Locale, path: string): Page | undefined {
  const first = path.split('/')[1];
  return first ? findPage(pages, locale, `/${first}`) : undefined;
}

/**
 * The side menu inside a section: the section page and its direct children
 * with a nav order. Empty when the section has no children, so single pages
 * get no side menu.
 */
export function sectionNavigation(pages: readonly Page[], locale: Locale, path: string): NavItem[] {
  const section = sectionOf(pages, locale, path);
  if (!section) return [];
  const children = inLocale(pages, locale)
    .filter((page) => page.slug.length === 2 && page.slug[0] === section.slug[0] && page.nav)
    .sort(byNavOrder);
  if (children.length === 0) return [];
  return [section, ...children].map((page) => ({ path: page.path, label: label(page) }));
}

/**
 * Breadcrumbs from the front page to the page's parent. Ancestors that are
 * not pages are skipped; the current page itself is not a link and is left to
 * the caller.
 */
export function breadcrumbTrail(pages: readonly Page[], locale: Locale, path: string): NavItem[] {
  if (path === '/') return [];
  const segments = path.split('/').filter(Boolean);
  const trail: NavItem[] = [];
  for (let depth = 0; depth < segments.length; depth++) {
    const ancestorPath = '/' + segments.slice(0, depth).join('/');
    const ancestor = findPage(pages, locale, ancestorPath);
    if (ancestor) trail.push({ path: ancestor.path, label: depth === 0 ? ancestor.title : label(ancestor) });
  }
  return trail;
}
