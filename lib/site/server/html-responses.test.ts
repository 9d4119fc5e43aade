import http from 'node:http';
import { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page } from '../sample-page';
import { StrippedPages, stripHtmlResponses } from './html-responses.mjs';
import { withoutFramework } from './strip-framework.mjs';

const SHELL = '<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div></body></html>';
const REAL_404 = '<!DOCTYPE html><html lang="da"><body><h1>Siden findes ikke</h1><script src="/_next/x.js"></script></body></html>';

/**
 * A real HTTP server whose handler writes the way Next.js does, chosen by the path: whole bodies,
 * streamed chunks after flushHeaders, writeHead with headers, other types, failures, 404 shells.
 */
function writeAs(kind: string, res: http.ServerResponse): void {
  const html = { 'content-type': 'text/html; charset=utf-8' };
  switch (kind) {
    case '/whole':
      res.setHeader('content-type', html['content-type']);
      res.setHeader('content-length', Buffer.byteLength(page));
      res.end(Buffer.from(page));
      return;
    case '/stream': {
      res.writeHead(200, html);
      res.flushHeaders();
      const pieces = page.match(/[\s\S]{1,37}/g) ?? [];
      const next = () => {
        const piece = pieces.shift();
        if (piece === undefined) res.end();
        else {
          res.write(piece);
          setImmediate(next);
        }
      };
      next();
      return;
    }
    case '/json':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 17 });
      res.end('{"script":"<scr>"}'.slice(0, 17));
      return;
    case '/unreadable-form':
      // What Next.js answers a POST with an action id the build does not have.
      res.writeHead(409, { 'content-type': 'text/plain', 'content-length': 14 });
      res.end('Server action!');
      return;
    case '/failed':
      res.writeHead(500, html);
      res.end(page);
      return;
    case '/shell':
      res.writeHead(404, html);
      res.end(SHELL);
      return;
    case '/real-404':
      res.statusCode = 404;
      res.setHeader('content-type', html['content-type']);
      res.end(REAL_404);
      return;
    default:
      res.statusCode = 204;
      res.end();
  }
}

let server: http.Server;
let base: string;
const pages = new StrippedPages(2);

beforeAll(async () => {
  server = http.createServer((req, res) => {
    stripHtmlResponses(req, res, pages, {
      errorPage: () => Buffer.from('<p>fejl</p>'),
      formRefusal: () => '<p>formularen kunne ikke læses</p>',
      emptyNotFound: (restore) => {
        restore();
        res.statusCode = 404;
        res.setHeader('content-type', 'text/html');
        res.end('<p>the real 404 page</p>');
      },
    });
    writeAs(req.url ?? '/', res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('stripHtmlResponses', () => {
  it('strips a page written whole, drops its stale Content-Length, and remembers the result', async () => {
    const expected = withoutFramework(page);
    for (let round = 0; round < 2; round += 1) {
      const response = await fetch(`${base}/whole`);
      expect(await response.text()).toBe(expected);
    }
    expect(pages.pages.size).toBe(1);
  });

  it('strips a page streamed in small pieces after its headers were flushed', async () => {
    const response = await fetch(`${base}/stream`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(withoutFramework(page));
  });

  it('leaves other types and HEAD alone', async () => {
    expect(await (await fetch(`${base}/json`)).text()).toBe('{"script":"<scr>"');
    const head = await fetch(`${base}/whole`, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(page)));
  });

  it('sends a failed page as the error page, uncacheable, with its status', async () => {
    const response = await fetch(`${base}/failed`);
    expect(response.status).toBe(500);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toBe('<p>fejl</p>');
  });

  it("hands Next.js' empty 404 shell over for the real 404 page, and strips a real one", async () => {
    const shell = await fetch(`${base}/shell`);
    expect(shell.status).toBe(404);
    expect(await shell.text()).toBe('<p>the real 404 page</p>');
    const real = await fetch(`${base}/real-404`);
    expect(real.status).toBe(404);
    expect(await real.text()).toBe('<!DOCTYPE html><html lang="da"><body><h1>Siden findes ikke</h1></body></html>');
  });

  it("answers a form Next.js could not read with a page of its own, status 400; a GET's 4xx is left alone", async () => {
    const posted = await fetch(`${base}/unreadable-form`, { method: 'POST', body: 'x' });
    expect(posted.status).toBe(400);
    expect(posted.headers.get('content-type')).toContain('text/html');
    expect(await posted.text()).toBe('<p>formularen kunne ikke læses</p>');
    const read = await fetch(`${base}/unreadable-form`);
    expect(read.status).toBe(409);
    expect(await read.text()).toBe('Server action!');
  });

  it('keeps only as many remembered pages as its limit', async () => {
    const small = new StrippedPages(2);
    for (const text of ['<p>a</p>', '<p>b</p>', '<p>c</p>']) small.strip(Buffer.from(text));
    expect(small.pages.size).toBe(2);
  });
});
