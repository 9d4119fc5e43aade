import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { type ContentIssue } from './errors';

/**
 * The components authors may use in MDX, with the attributes each needs.
 * components/mdx/components.tsx implements exactly these names.
 */
export const allowedMdxComponents = {
  Callout: [],
  FactBox: ['title'],
  LinkList: [],
  ContactCard: ['id'],
} as const satisfies Record<string, readonly string[]>;

export type AllowedMdxComponent = keyof typeof allowedMdxComponents;

interface ComponentUse {
  name: string;
  attributes: Record<string, string>;
  line: number;
}

const parser = unified().use(remarkParse).use(remarkMdx);

export function extractComponentUses(body: string): ComponentUse[] {
  const uses: ComponentUse[] = [];
  visit(parser.parse(body), (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as unknown as { name: string | null; attributes: { type: string; name?: string; value?: unknown }[] };
    if (!element.name) return;
    const attributes: Record<string, string> = {};
    for (const attribute of element.attributes) {
      if (attribute.type === 'mdxJsxAttribute' && attribute.name && typeof attribute.value === 'string') {
        attributes[attribute.name] = attribute.value;
      }
    }
    uses.push({ name: element.name, attributes, line: node.position?.start.line ?? 0 });
  });
  return uses;
}

/** Components outside the allow-list, missing attributes and contact cards for unknown contacts. */
export function findComponentProblems(file: string, body: string, contactIds: ReadonlySet<string>): ContentIssue[] {
  return extractComponentUses(body).flatMap((use): ContentIssue[] => {
    const field = `line ${use.line}`;
    if (!(use.name in allowedMdxComponents)) {
      return [{ file, field, message: `<${use.name}> is not an allowed component (${Object.keys(allowedMdxComponents).join(', ')})` }];
    }
    const missing = allowedMdxComponents[use.name as AllowedMdxComponent].filter((name) => !(name in use.attributes));
    if (missing.length > 0) return [{ file, field, message: `<${use.name}> needs ${missing.join(', ')}` }];
    if (use.name === 'ContactCard' && !contactIds.has(use.attributes.id!)) {
      return [{ file, field, message: `<ContactCard id="${use.attributes.id}"> names no contact in content/contacts` }];
    }
    return [];
  });
}
