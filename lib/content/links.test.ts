import { describe, expect, it } from 'vitest';
import { extractLinks, findBrokenLinks, resolveInternalLink } from './links';

describe('internal links in MDX', () => {
  it('finds Markdown links, reference definitions and href attributes of components', () => {
    const body =
      'See [a](/a) and [b][ref].\n\n[ref]: /b#part\n\n<LinkList>\n\n- [c](https://c.dk)\n\n</LinkList>\n\n<Callout href="/d" />\n';
    expect(extractLinks(body)).toEqual(['/a', '/b#part', 'https://c.dk', '/d']);
  });

  it('resolves a link without prefix to the page in the same language', () => {
    expect(resolveInternalLink('/kontakt', 'en')).toEqual({ locale: 'en', path: '/kontakt' });
    expect(resolveInternalLink('/en/kontakt?x=1', 'da')).toEqual({ locale: 'en', path: '/kontakt' });
    expect(resolveInternalLink('/en', 'da')).toEqual({ locale: 'en', path: '/' });
    expect(resolveInternalLink('https://politi.dk/', 'da')).toBeUndefined();
    expect(resolveInternalLink('#top', 'da')).toBeUndefined();
  });

  it('reports only links whose target does not exist', () => {
    const exists = (_locale: string, path: string) => path === '/kontakt';
    expect(findBrokenLinks('a.mdx', ['/kontakt', '/nope', 'mailto:x'], 'da', exists)).toEqual([
      { file: 'a.mdx', field: 'link', message: '/nope leads to a page that does not exist' },
    ]);
  });
});
