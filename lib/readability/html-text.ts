/**
 * The readable text of a page's `<main>` element, from prerendered HTML.
 *
 * No HTML parser is among the project's dependencies, so this is a small
 * tokenizer made for the markup React and Next.js write: well-formed tags,
 * quoted attributes, `<!-- -->` comments between text nodes, inline
 * `<script>` payloads. It is not a general HTML parser: it does not repair
 * misnested markup beyond closing elements left open inside a closed parent.
 *
 * Block elements are separated by a blank line, which `lix()` reads as the
 * end of a sentence: a heading or a list item without a full stop is a
 * sentence of its own to a reader, too.
 */

/** Elements whose content is not read as text of the page. */
const DROPPED = new Set(['script', 'style', 'template', 'nav', 'svg', 'noscript', 'head', 'iframe', 'object']);

/** Elements whose content the tokenizer must skip without looking for tags in it. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'button',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'label',
  'legend',
  'li',
  'main',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'select',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  aring: 'å',
  Aring: 'Å',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  eacute: 'é',
  Eacute: 'É',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  copy: '©',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[name] ?? entity;
  });
}

const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;

interface OpenElement {
  name: string;
  dropped: boolean;
}

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

function isHidden(attributes: string): boolean {
  for (const [, name = ''] of attributes.matchAll(ATTRIBUTE)) if (name.toLowerCase() === 'hidden') return true;
  return false;
}

/** Text of the first `<main>` element, or undefined if the page has none. */
export function extractMainText(html: string): string | undefined {
  const stack: OpenElement[] = [];
  let out = '';
  let sawMain = false;
  let position = 0;
  const inMain = () => stack.some((element) => element.name === 'main');
  const inDropped = () => stack.some((element) => element.dropped);
  const reading = () => inMain() && !inDropped();
  const breakBlock = () => {
    if (reading()) out += '\n\n';
  };

  while (position < html.length) {
    const lt = html.indexOf('<', position);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > position && reading()) out += decodeEntities(html.slice(position, textEnd)).replace(/\s+/g, ' ');
    if (lt === -1) break;
    position = lt;

    if (html.startsWith('<!--', position)) {
      const end = html.indexOf('-->', position + 4);
      position = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<!', position) || html.startsWith('<?', position)) {
      const end = html.indexOf('>', position);
      position = end === -1 ? html.length : end + 1;
      continue;
    }

    TAG.lastIndex = position;
    const tag = TAG.exec(html);
    if (!tag) {
      // A lone "<" in text, as in "a < b".
      if (reading()) out += '<';
      position += 1;
      continue;
    }
    position = TAG.lastIndex;
    const [, closing, rawName = '', attributes = '', selfClosing] = tag;
    const name = rawName.toLowerCase();

    if (closing) {
      const index = stack.findLastIndex((element) => element.name === name);
      if (index === -1) continue;
      if (BLOCK.has(name)) breakBlock();
      const wasMain = name === 'main' && !stack.slice(0, index).some((element) => element.name === 'main');
      stack.length = index;
      if (wasMain) break;
      continue;
    }

    if (name === 'br') {
      if (reading()) out += '\n';
      continue;
    }
    if (BLOCK.has(name)) breakBlock();
    if (VOID.has(name) || selfClosing) continue;

    if (RAW_TEXT.has(name)) {
      const closer = new RegExp(`</${name}\\s*>`, 'gi');
      closer.lastIndex = position;
      const end = closer.exec(html);
      const content = html.slice(position, end ? end.index : html.length);
      if (!DROPPED.has(name) && reading()) out += decodeEntities(content).replace(/\s+/g, ' ');
      position = end ? closer.lastIndex : html.length;
      continue;
    }

    if (name === 'main') sawMain = true;
    stack.push({ name, dropped: DROPPED.has(name) || isHidden(attributes) });
  }

  if (!sawMain) return undefined;
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
