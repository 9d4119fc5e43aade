// Plain ESM, used by server.mjs on every HTML response. Unit-tested in strip-framework.test.ts,
// and checked against htmlparser2's spec-following tokenizer in strip-framework.oracle.test.ts.
import { ISLAND_SCRIPT_DIRECTORY } from '../static-scripts.mjs';

/**
 * Pages leave the server without Next.js' runtime and React: every page works without JavaScript,
 * and on a phone those 135 KB gzip cost more than they bring (docs/performance.md). What goes:
 * every script that would run (runtime chunks, the inline RSC payload `self.__next_f.push(...)`,
 * the bootstrap) and the hints that fetch scripts early (`preload as=script`, `modulepreload`).
 * What stays: the islands' own scripts from public/islands/, and data blocks such as JSON-LD,
 * which browsers do not run.
 */

const EXECUTABLE_TYPE = /^(|text\/javascript|application\/javascript|module)$/i;

const isIsland = (address) => (address ?? '').startsWith(ISLAND_SCRIPT_DIRECTORY);

/** Whether a `<script>` with these attributes is one of the framework's: it runs and is no island's. */
export function isFrameworkScript(attributes) {
  return EXECUTABLE_TYPE.test((attributes.type ?? '').trim()) && !isIsland(attributes.src);
}

/** Whether a `<link>` asks the browser to fetch a framework script ahead of time. */
export function isFrameworkHint(attributes) {
  const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
  const fetchesScript = rel.includes('modulepreload') || (rel.includes('preload') && (attributes.as ?? '').toLowerCase() === 'script');
  return fetchesScript && !isIsland(attributes.href);
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const DASH = 0x2d;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

const isSpace = (byte) => byte === 0x20 || byte === 0x0a || byte === 0x09 || byte === 0x0c || byte === 0x0d;
const isLetter = (byte) => (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a;
const endsName = (byte) => isSpace(byte) || byte === SLASH || byte === GT;

/** Elements whose content a browser reads as text up to their own end tag (HTML's raw text and RCDATA elements). */
const TEXT_ONLY = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes']);
/** The attributes the decision needs; others are skipped without making strings of them. */
const WANTED = { script: new Set(['type', 'src']), link: new Set(['rel', 'as', 'href']) };
/** The only tag names the scan acts on, with their bytes; any other tag is stepped over without a string made of its name. */
const KNOWN_NAMES = new Map([...TEXT_ONLY, 'link'].map((name) => [name, Buffer.from(name)]));

const INCOMPLETE = -1;

/** Lower-cased ASCII of `buffer[start, end)`. */
const lowerAscii = (buffer, start, end) => buffer.toString('latin1', start, end).toLowerCase();

/** Whether `buffer[start, start + bytes.length)` is `bytes` (lower-case ASCII) in any case. */
function matchesAnyCase(buffer, start, bytes) {
  for (let index = 0; index < bytes.length; index++) if ((buffer[start + index] | 0x20) !== bytes[index]) return false;
  return true;
}

/** The known tag name (lower case) at `buffer[start, end)`, or ''. */
function knownName(buffer, start, end) {
  for (const [name, bytes] of KNOWN_NAMES) if (bytes.length === end - start && matchesAnyCase(buffer, start, bytes)) return name;
  return '';
}

/** The end (one past `>`) of the first `>` from `from`, or INCOMPLETE. */
function endOfAngle(buffer, from) {
  const index = buffer.indexOf(GT, from);
  return index === -1 ? INCOMPLETE : index + 1;
}

/**
 * Reads the start tag whose `<` is at `start` as the HTML tokenizer does: the name up to a space,
 * `/` or `>`; attributes with quoted values (which may hold `>`), unquoted ones or none; the tag
 * ends at the first `>` outside a value. Returns its end and lower-cased name, and the wanted
 * attributes (first one of a name wins, as in the DOM), or INCOMPLETE when the bytes run out.
 */
function readStartTag(buffer, start) {
  const length = buffer.length;
  let index = start + 1;
  while (index < length && !endsName(buffer[index])) index++;
  if (index >= length) return INCOMPLETE;
  const name = knownName(buffer, start + 1, index);
  const wanted = WANTED[name];
  const attributes = {};
  for (;;) {
    while (index < length && (isSpace(buffer[index]) || buffer[index] === SLASH)) index++;
    if (index >= length) return INCOMPLETE;
    if (buffer[index] === GT) return { end: index + 1, name, attributes };
    const nameStart = index++;
    while (index < length && !endsName(buffer[index]) && buffer[index] !== EQUALS) index++;
    const nameEnd = index;
    while (index < length && isSpace(buffer[index])) index++;
    if (index >= length) return INCOMPLETE;
    let value = '';
    if (buffer[index] === EQUALS) {
      index++;
      while (index < length && isSpace(buffer[index])) index++;
      if (index >= length) return INCOMPLETE;
      const quote = buffer[index];
      let valueStart;
      let valueEnd;
      if (quote === QUOTE || quote === APOSTROPHE) {
        valueStart = index + 1;
        valueEnd = buffer.indexOf(quote, valueStart);
        if (valueEnd === -1) return INCOMPLETE;
        index = valueEnd + 1;
      } else {
        valueStart = index;
        while (index < length && !isSpace(buffer[index]) && buffer[index] !== GT) index++;
        if (index >= length) return INCOMPLETE;
        valueEnd = index;
      }
      if (wanted) value = buffer.toString('utf8', valueStart, valueEnd);
    }
    if (wanted) {
      const attribute = lowerAscii(buffer, nameStart, nameEnd);
      if (wanted.has(attribute) && !(attribute in attributes)) attributes[attribute] = value;
    }
  }
}

/**
 * Where the markup that starts with the `<` at `start` ends, for anything but a start tag:
 * comments (`<!-- … -->`, also the bare `<!-->` and `<!--->`), doctypes and other `<!…>`, `<?…>`,
 * end tags. A `<` that starts no markup is text: its end is `start + 1`.
 */
function endOfOtherMarkup(buffer, start) {
  const next = buffer[start + 1];
  if (next === undefined) return INCOMPLETE;
  if (next === BANG) {
    if (start + 3 >= buffer.length) return INCOMPLETE;
    if (buffer[start + 2] !== DASH || buffer[start + 3] !== DASH) return endOfAngle(buffer, start + 2);
    const body = start + 4;
    if (body + 1 >= buffer.length) return INCOMPLETE;
    if (buffer[body] === GT) return body + 1;
    if (buffer[body] === DASH && buffer[body + 1] === GT) return body + 2;
    return endOfComment(buffer, body);
  }
  if (next === QUESTION || next === SLASH) return endOfAngle(buffer, start + 2);
  return start + 1;
}

/** A comment ends at `-->` or `--!>`. */
function endOfComment(buffer, from) {
  for (let index = buffer.indexOf('--', from); index !== -1; index = buffer.indexOf('--', index + 1)) {
    if (index + 2 >= buffer.length) return INCOMPLETE;
    if (buffer[index + 2] === GT) return index + 3;
    if (buffer[index + 2] === BANG) {
      if (index + 3 >= buffer.length) return INCOMPLETE;
      if (buffer[index + 3] === GT) return index + 4;
    }
  }
  return INCOMPLETE;
}

/**
 * Where the end tag `</name` (`name` as lower-case bytes, matched in any case, followed by a space,
 * `/` or `>`) of a text-only element starts, from `from` on; INCOMPLETE when it may start in bytes
 * not yet seen.
 */
function endTagOf(buffer, name, from) {
  const needed = name.length + 3;
  for (let index = buffer.indexOf('</', from); index !== -1; index = buffer.indexOf('</', index + 2)) {
    if (index + needed > buffer.length) return INCOMPLETE;
    if (matchesAnyCase(buffer, index + 2, name) && endsName(buffer[index + 2 + name.length])) return index;
  }
  return INCOMPLETE;
}

/**
 * Rewrites HTML as it streams, on bytes: chunks in, chunks out, each unchanged byte for byte
 * except for the framework's scripts and script hints. It reads markup as a browser's tokenizer
 * does, so a `<script>` written as text, in an attribute value, a comment or a text-only element
 * such as `<textarea>` is never mistaken for one. The bytes of a construct cut by a chunk boundary
 * wait for the next chunk. UTF-8 is never cut wrongly: every byte the scan stops at is ASCII, and
 * no byte of a multi-byte character is.
 *
 * A hand-written scanner rather than htmlparser2's `Parser`: that took 0.3–0.4 ms of CPU per page
 * rendered per request (a third of what this layer cost), this about 0.05 ms (docs/performance.md).
 */
export class FrameworkStripper {
  #pending = Buffer.alloc(0);
  /** The text-only element the scan is inside (its name as bytes), and whether its bytes go out. */
  #inside = null;

  /** The bytes that can go out now. */
  push(chunk) {
    return this.#scan(this.#pending.length === 0 ? chunk : Buffer.concat([this.#pending, chunk]), false);
  }

  /** The bytes left at the end of the stream: an unfinished construct goes out as it is, an unclosed framework script not at all. */
  end() {
    return this.#scan(this.#pending, true);
  }

  #scan(buffer, last) {
    const kept = [];
    let keptFrom = 0;
    let index = 0;
    const drop = (from, to) => {
      if (from > keptFrom) kept.push(buffer.subarray(keptFrom, from));
      keptFrom = to;
    };
    for (;;) {
      if (this.#inside) {
        const { name, keep } = this.#inside;
        const endTag = endTagOf(buffer, name, index);
        if (endTag === INCOMPLETE) {
          // Whatever follows the last place an end tag could start is certainly inside.
          const safe = last ? buffer.length : Math.max(index, buffer.length - (name.length + 2));
          if (!keep) drop(index, safe);
          index = safe;
          break;
        }
        const end = endOfAngle(buffer, endTag + 2);
        if (end === INCOMPLETE) {
          // The end tag waits for its `>` in the next chunk; at the very end it is inside too.
          const stop = last ? buffer.length : endTag;
          if (!keep) drop(index, stop);
          index = stop;
          break;
        }
        if (!keep) drop(index, end);
        this.#inside = null;
        index = end;
        continue;
      }
      const start = buffer.indexOf(LT, index);
      if (start === -1) {
        index = buffer.length;
        break;
      }
      const tag = isLetter(buffer[start + 1]) ? readStartTag(buffer, start) : endOfOtherMarkup(buffer, start);
      if (tag === INCOMPLETE) {
        index = last ? buffer.length : start;
        break;
      }
      if (typeof tag === 'number') {
        index = tag;
        continue;
      }
      index = tag.end;
      if (tag.name === 'script') {
        const framework = isFrameworkScript(tag.attributes);
        if (framework) drop(start, tag.end);
        this.#inside = { name: KNOWN_NAMES.get('script'), keep: !framework };
      } else if (tag.name === 'link') {
        if (isFrameworkHint(tag.attributes)) drop(start, tag.end);
      } else if (TEXT_ONLY.has(tag.name)) this.#inside = { name: KNOWN_NAMES.get(tag.name), keep: true };
    }
    if (index > keptFrom) kept.push(buffer.subarray(keptFrom, index));
    this.#pending = buffer.subarray(index);
    if (last) this.#pending = Buffer.alloc(0);
    return kept.length === 1 ? kept[0] : Buffer.concat(kept);
  }
}

/** A whole page at once, bytes in and out. */
export function strippedBody(body) {
  const stripper = new FrameworkStripper();
  return Buffer.concat([stripper.push(body), stripper.end()]);
}

/** A whole page at once, as text. */
export function withoutFramework(html) {
  return strippedBody(Buffer.from(html)).toString('utf8');
}
