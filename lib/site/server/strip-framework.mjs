// Plain ESM, used by server.mjs on every HTML response. Unit-tested in strip-framework.test.ts.
import { RewritingStream } from 'parse5-html-rewriting-stream';
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

const attribute = (attrs, name) => attrs.find((attr) => attr.name === name)?.value;

/** Whether a `<script>` with these attributes is one of the framework's: it runs and is no island's. */
export function isFrameworkScript(attrs) {
  const type = (attribute(attrs, 'type') ?? '').trim();
  if (!EXECUTABLE_TYPE.test(type)) return false;
  return !(attribute(attrs, 'src') ?? '').startsWith(ISLAND_SCRIPT_DIRECTORY);
}

/** Whether a `<link>` asks the browser to fetch a framework script ahead of time. */
export function isFrameworkHint(attrs) {
  const rel = (attribute(attrs, 'rel') ?? '').toLowerCase().split(/\s+/);
  if (rel.includes('modulepreload')) return !(attribute(attrs, 'href') ?? '').startsWith(ISLAND_SCRIPT_DIRECTORY);
  return rel.includes('preload') && (attribute(attrs, 'as') ?? '').toLowerCase() === 'script'
    ? !(attribute(attrs, 'href') ?? '').startsWith(ISLAND_SCRIPT_DIRECTORY)
    : false;
}

/**
 * A transform stream (strings in, strings out) that passes HTML through unchanged, byte for byte,
 * except for the framework's scripts and script hints. It works on the tokens of the HTML
 * tokenizer, so a `<script>` written as text inside a page or an attribute is never mistaken for one.
 */
export function frameworkStripper() {
  const rewriter = new RewritingStream();
  let skipping = false;
  rewriter.on('startTag', (tag, raw) => {
    if (tag.tagName === 'script' && isFrameworkScript(tag.attrs)) skipping = !tag.selfClosing;
    else if (!(tag.tagName === 'link' && isFrameworkHint(tag.attrs))) rewriter.emitRaw(raw);
  });
  rewriter.on('endTag', (tag, raw) => {
    if (skipping && tag.tagName === 'script') skipping = false;
    else rewriter.emitRaw(raw);
  });
  rewriter.on('text', (_, raw) => {
    if (!skipping) rewriter.emitRaw(raw);
  });
  return rewriter;
}

/** The whole page at once, through the same stream. */
export function withoutFramework(html) {
  return new Promise((resolve, reject) => {
    const stripper = frameworkStripper();
    let out = '';
    stripper.on('data', (chunk) => (out += chunk));
    stripper.on('end', () => resolve(out));
    stripper.on('error', reject);
    stripper.end(html);
  });
}
