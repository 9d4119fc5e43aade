import { type Page } from '@/lib/content';

/** A page for unit tests (navigation, search), with every field a loaded page has. */
export function testPage(locale: Page['locale'], path: string, extra: Partial<Page> = {}): Page {
  const slug = path.split('/').filter(Boolean);
  return {
    title: `Title ${path}`,
    description: 'A description long enough to pass the schema.',
    updated: '2026-11-23',
    route: 'content',
    related: [],
    locale,
    slug,
    path,
    moduleKey: `content/pages/${locale}${path}`,
    file: `content/pages/${locale}${path}.mdx`,
    text: '',
    contacts: [],
    ...extra,
  };
}
