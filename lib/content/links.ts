import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { type ContentIssue } from './errors';
import { type Locale } from './schemas/common';

const parser = unified().use(remarkParse).use(remarkMdx);

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** Every href in an MDX body: Markdown links and `href` attributes of components. */
export function extractLinks(body: string): string[] {
  const tree = parser.parse(body);
  const links: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') {
      links.push((node as unknown as { url: string }).url);
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of (node as unknown as { attributes: JsxAttribute[] }).attributes) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string') {
          links.push(attribute.value);
        }
      }
    }
  });
  return links;
}

/**
 * The locale and path an internal link points at, or undefined for a link
 * that leaves the portal (https:, mailto:, tel:) or stays on the page (#…).
 * Authors write paths without a locale; a link on an English page means the
 * English page at that path, and the MDX link component adds the prefix.
 */
export function resolveInternalLink(href: string, from: Locale): { locale: Locale; path: string } | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  const path = href.replace(/[?#].*$/, '').replace(/(.)\/$/, '$1');
  if (path === '/en' || path.startsWith('/en/')) return { locale: 'en', path: path.slice(3) || '/' };
  return { locale: from, path };
}

/** Internal links whose target is not a page of the portal. */
export function findBrokenLinks(
  file: string,
  links: readonly string[],
  from: Locale,
  exists: (locale: Locale, path: string) => boolean,
): ContentIssue[] {
  return links.flatMap((href) => {
    const target = resolveInternalLink(href, from);
    if (!target || exists(target.locale, target.path)) return [];
    return [{ file, field: 'link', message: `${href} leads to a page that does not exist` }];
  });
}
