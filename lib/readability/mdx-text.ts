import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** Nodes a reader meets as a unit of their own: a sentence ends where they end. */
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'blockquote', 'code', 'mdxJsxFlowElement']);

/** Component attributes a reader sees as text. */
const VISIBLE_ATTRIBUTES = new Set(['title']);

function textOf(node: MdNode): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value ?? '';
    case 'break':
      return '\n';
    case 'html':
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
    case 'yaml':
      return '';
  }
  let text = '';
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxAttribute' && VISIBLE_ATTRIBUTES.has(attribute.name ?? '') && typeof attribute.value === 'string') {
      text += `\n\n${attribute.value}\n\n`;
    }
  }
  text += (node.children ?? []).map(textOf).join('');
  return BLOCKS.has(node.type) ? `\n\n${text}\n\n` : text;
}

/**
 * The text a reader meets in an MDX body, with a blank line between blocks,
 * for an early LIX estimate before a build. What components render from data
 * (a contact card) is not in the body and so not counted.
 */
export function mdxToText(body: string): string {
  return textOf(parser.parse(body) as MdNode)
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
