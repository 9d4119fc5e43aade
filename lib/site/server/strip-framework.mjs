// Plain ESM, used by server.mjs on every HTML response. Unit-tested in strip-framework.test.ts.
import { Transform } from 'node:stream';
import { Parser } from 'htmlparser2';
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

/**
 * A transform stream (text in, text out) that passes HTML through unchanged, byte for byte,
 * except for the framework's scripts and script hints. It follows the tokens of an HTML tokenizer
 * (htmlparser2's, chosen over parse5's for speed: docs/performance.md), so a `<script>` written
 * as text, in an attribute, a comment or a `<textarea>` is never mistaken for one. Every token is
 * reported with its place in the input; the output is the input up to the end of the last token
 * seen, minus the ranges of the elements taken out. A token cut by a chunk boundary waits for
 * the next chunk.
 */
export function frameworkStripper() {
  let pending = ''; // the input from `offset` on, kept until the chunk is done
  let offset = 0;
  let done = 0; // the input position up to which it has been passed on or dropped
  let output = [];
  let skipping = false;

  /** Passes the input on up to (not including) `end`, or drops it. */
  const advance = (end, keep) => {
    if (end <= done) return;
    if (keep) output.push(pending.slice(done - offset, end - offset));
    done = end;
  };

  const parser = new Parser(
    {
      ontext: () => advance(parser.endIndex + 1, !skipping),
      oncomment: () => advance(parser.endIndex + 1, !skipping),
      onprocessinginstruction: () => advance(parser.endIndex + 1, !skipping),
      onopentag(name, attributes) {
        const end = parser.endIndex + 1;
        if (skipping) advance(end, false);
        else if (name === 'script' && isFrameworkScript(attributes)) {
          advance(parser.startIndex, true);
          advance(end, false);
          skipping = true;
        } else if (name === 'link' && isFrameworkHint(attributes)) {
          advance(parser.startIndex, true);
          advance(end, false);
        } else advance(end, true);
      },
      onclosetag(name, implied) {
        if (implied) {
          if (skipping && name === 'script') skipping = false;
          return;
        }
        advance(parser.endIndex + 1, !skipping);
        if (name === 'script') skipping = false;
      },
    },
    { decodeEntities: false, recognizeSelfClosing: false },
  );

  const flush = (stream) => {
    if (output.length > 0) stream.push(output.join(''));
    output = [];
    pending = pending.slice(done - offset);
    offset = done;
  };

  return new Transform({
    decodeStrings: false,
    encoding: 'utf8',
    transform(chunk, _encoding, done) {
      pending += chunk;
      parser.write(chunk);
      flush(this);
      done();
    },
    flush(done) {
      parser.end();
      advance(offset + pending.length, !skipping);
      flush(this);
      done();
    },
  });
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
