// Plain ESM, used by server.mjs: every HTML response passes here on its way out.
import { createHash } from 'node:crypto';
import { FrameworkStripper, strippedBody } from './strip-framework.mjs';

/**
 * Prerendered and ISR pages come out of Next.js whole, in one `end(body)`, and the same body again
 * and again: their stripped form is remembered by a hash of the body, so a prerendered page costs
 * one SHA-1 (20 µs for 36 KB here) instead of a scan (50 µs). Bounded, oldest out first.
 */
export class StrippedPages {
  constructor(limit = 512) {
    this.limit = limit;
    this.pages = new Map();
  }

  strip(body) {
    const key = createHash('sha1').update(body).digest('base64');
    const known = this.pages.get(key);
    if (known !== undefined) return known;
    const stripped = strippedBody(body);
    if (this.pages.size >= this.limit) this.pages.delete(this.pages.keys().next().value);
    this.pages.set(key, stripped);
    return stripped;
  }
}

const isHtml = (res) => /^text\/html\b/i.test(String(res.getHeader('content-type') ?? ''));

/** Node's `write`/`end` arguments: (chunk?, encoding?, callback?). */
function chunkOf(chunk, encoding) {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return undefined;
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8');
  // A view, not a copy: a chunk handed to write() is not changed afterwards, as for any Node stream.
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}
const callbackOf = (...args) => args.find((arg) => typeof arg === 'function');

/** Next.js' answer to a notFound() inside a route: an error shell whose page is only in the script payload. */
const EMPTY_SHELL = /<html[^>]*\bid="__next_error__"/;

/**
 * Makes every HTML response written to `res` leave without the framework's scripts
 * (strip-framework.mjs). Streamed bodies are rewritten as they stream, with backpressure; a body
 * written whole goes through `pages` (remembered). Anything that is not an HTML body with content
 * (other types, HEAD, 204, 304, an already encoded body) passes untouched.
 *
 * Two failures Next.js writes as an empty body that only its scripts would fill are replaced:
 * - a failed page (5xx) is sent as `errorPage()` gives it, with its status and uncacheable;
 * - a 404 from a notFound() inside a route (a guide step it does not know, say) is held back and,
 *   if it is that empty shell, handed to `emptyNotFound(restore)`, which renders the real 404 page
 *   instead (after `restore()` has given the response its own methods back).
 */
export function stripHtmlResponses(req, res, pages, { errorPage = () => undefined, emptyNotFound, formRefusal } = {}) {
  const { write, end, writeHead, flushHeaders } = res;
  /** pass: untouched; stream: rewritten as it comes; replace: the error page; hold: a 404, kept until its end. */
  let mode;
  let stream;
  let replacement;
  const held = [];

  function decide() {
    if (mode) return;
    // A form Next.js could not read (a forged or stale action id, a broken body) gets a bare 4xx
    // from it; the visitor gets a page that says so instead.
    if (formRefusal && req.method === 'POST' && res.statusCode >= 400 && res.statusCode < 500 && !isHtml(res)) {
      replacement = formRefusal();
      res.statusCode = 400;
      res.removeHeader('content-length');
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      mode = 'replace';
      return;
    }
    const html =
      req.method !== 'HEAD' && res.statusCode !== 204 && res.statusCode !== 304 && isHtml(res) && !res.getHeader('content-encoding');
    if (!html) {
      mode = 'pass';
      return;
    }
    res.removeHeader('content-length');
    replacement = res.statusCode >= 500 ? errorPage() : undefined;
    if (replacement) res.setHeader('cache-control', 'no-store');
    mode = replacement ? 'replace' : res.statusCode === 404 && emptyNotFound ? 'hold' : 'stream';
  }

  function restore() {
    Object.assign(res, { write, end, writeHead, flushHeaders });
  }

  /** Each chunk goes out rewritten at once; "full" is the response's own answer, and its 'drain' is Next.js' cue. */
  function startStream() {
    const stripper = new FrameworkStripper();
    return {
      write: (buffer) => {
        const out = stripper.push(buffer);
        return out.length > 0 ? write.call(res, out) : !res.writableNeedDrain;
      },
      end: () => {
        const out = stripper.end();
        if (out.length > 0) end.call(res, out);
        else end.call(res);
      },
    };
  }

  function finishWhole(body) {
    end.call(res, pages.strip(body));
  }

  // Headers given to writeHead are set one by one, so that the decision above still sees them
  // and may change them before they are sent.
  res.writeHead = function (statusCode, ...rest) {
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null);
    const reason = typeof rest[0] === 'string' ? rest[0] : undefined;
    res.statusCode = statusCode;
    if (Array.isArray(headers)) {
      for (let index = 0; index < headers.length; index += 2) res.setHeader(headers[index], headers[index + 1]);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    }
    decide();
    if (mode === 'hold') return res;
    return reason === undefined || res.statusCode !== statusCode
      ? writeHead.call(res, res.statusCode)
      : writeHead.call(res, statusCode, reason);
  };

  res.flushHeaders = function () {
    decide();
    if (mode !== 'hold') flushHeaders.call(res);
  };

  res.write = function (chunk, encoding, callback) {
    decide();
    if (mode === 'pass') return write.call(res, chunk, encoding, callback);
    const buffer = chunkOf(chunk, encoding);
    callbackOf(encoding, callback)?.();
    if (mode === 'replace' || !buffer) return true;
    if (mode === 'hold') {
      held.push(buffer);
      return true;
    }
    stream ??= startStream();
    return stream.write(buffer);
  };

  res.end = function (chunk, encoding, callback) {
    decide();
    if (mode === 'pass') return end.call(res, chunk, encoding, callback);
    const buffer = chunkOf(chunk, encoding);
    const done = callbackOf(chunk, encoding, callback);
    if (done) res.once('finish', done);
    if (mode === 'replace') end.call(res, replacement);
    else if (mode === 'hold') {
      const body = Buffer.concat(buffer ? [...held, buffer] : held);
      if (EMPTY_SHELL.test(body.toString('utf8'))) emptyNotFound(restore);
      else {
        // Sent now: the headers held back go out with it.
        mode = 'stream';
        finishWhole(body);
      }
    } else if (stream) {
      if (buffer) stream.write(buffer);
      stream.end();
    } else finishWhole(buffer ?? Buffer.alloc(0));
    return res;
  };
}
