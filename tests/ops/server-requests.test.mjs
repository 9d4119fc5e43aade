// Request-level tests of the origin (server.mjs) against a real build: what leaves the server for
// every kind of page and every kind of request, read with an HTML parser, no browser.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { parse } from 'parse5';
import { FORM_BODY_LIMIT } from '../../lib/site/routes.mjs';
import { distDir, freePort, get, missingBuild, root, startNext } from './support.mjs';

const skip = missingBuild();

/** Every element of a parsed document, depth first. */
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child;
    yield* elements(child.tagName === 'template' ? child.content : child);
  }
}
const attr = (element, name) => element.attrs.find((entry) => entry.name === name)?.value;

/** What a page would run or fetch as script, read from its parsed HTML. */
function scriptsOf(html) {
  const all = [...elements(parse(html))];
  const runs = (element) => /^(|text\/javascript|application\/javascript|module)$/i.test(attr(element, 'type') ?? '');
  return {
    scripts: all.filter((element) => element.tagName === 'script' && runs(element)).map((element) => attr(element, 'src') ?? 'inline'),
    hints: all
      .filter(
        (element) =>
          element.tagName === 'link' && /preload/.test(attr(element, 'rel') ?? '') && /script|^$/.test(attr(element, 'as') ?? ''),
      )
      .filter((element) => (attr(element, 'rel') ?? '').includes('modulepreload') || attr(element, 'as') === 'script')
      .map((element) => attr(element, 'href')),
    islands: [...new Set(all.map((element) => attr(element, 'data-island')).filter(Boolean))],
    lang: all.find((element) => element.tagName === 'html')?.attrs.find((entry) => entry.name === 'lang')?.value,
    h1: all.filter((element) => element.tagName === 'h1').length,
  };
}

function expectScriptFree(response, what) {
  const { scripts, hints, islands } = scriptsOf(response.body);
  assert.deepEqual(
    scripts.toSorted(),
    islands.map((name) => `/islands/${name}.js`).toSorted(),
    `${what}: only the islands' own scripts (${scripts.join(', ')})`,
  );
  assert.deepEqual(
    hints.filter((href) => !href?.startsWith('/islands/')),
    [],
    `${what}: no hint fetching a framework script`,
  );
  const policy = [response.headers['content-security-policy']].flat().join(', ');
  assert.match(policy, /script-src 'self'(;|$)/, `${what}: script-src 'self'`);
  assert.doesNotMatch(policy, /unsafe-inline|nonce-/, `${what}: no inline script allowed`);
}

/** A raw HTTP/1.1 exchange, for requests a client library would not send. Resolves with status line and headers. */
function raw(port, text) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('end', () => resolve(received));
    socket.on('error', reject);
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer in 10 s')));
  });
}
const statusOf = (answer) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);

const messages = (locale) => JSON.parse(readFileSync(path.join(root, 'messages', `${locale}.json`), 'utf8'));

describe('server.mjs: what leaves the origin', { skip }, () => {
  let server;
  let port;

  before(async () => {
    port = await freePort();
    server = await startNext(port);
  });
  after(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
  });

  const pages = [
    ['prerendered, Danish', '/indsatser/infohuse', 200],
    ['prerendered, English', '/en/indsatser/infohuse', 200],
    ['prerendered with an island', '/bekymring', 200],
    ['ISR course page', '/kurser/eksempel-samtaletraening', 200],
    ['ISR printed catalogue', '/kurser/katalog/2027-foraar', 200],
    ['per request: search', '/soeg?q=infohus', 200],
    ['per request: search, English', '/en/soeg?q=infohus', 200],
    ['per request: guide step', '/bekymring/fare', 200],
    ['ISR catalogue', '/kurser', 200],
    ['per request: filtered catalogue', '/kurser?target=teachers', 200],
    ['per request: filtered library', '/en/viden?type=tool', 200],
    ['404, Danish', '/findes-ikke', 404],
    ['404, English', '/en/does-not-exist', 404],
    ['404, unknown semester', '/kurser/katalog/1999-foraar', 404],
    ['404, unknown guide step', '/en/bekymring/findes-ikke', 404],
    ['500 page', '/fejl', 200],
  ];

  for (const [what, address, status] of pages) {
    test(`${what} (${address}): status ${status}, no framework script, script-src 'self'`, async () => {
      const response = await get(port, address);
      assert.equal(response.status, status, address);
      assert.match(response.headers['content-type'], /^text\/html/);
      expectScriptFree(response, address);
      assert.ok(scriptsOf(response.body).h1 >= 1, `${address} has content`);
    });
  }

  test('islands keep their scripts', async () => {
    for (const address of ['/bekymring', '/soeg?q=infohus']) {
      const { islands, scripts } = scriptsOf((await get(port, address)).body);
      assert.ok(islands.length > 0, `${address} has an island`);
      assert.ok(scripts.length > 0, `${address} loads its island's script`);
    }
  });

  test('the 404 page speaks the language of the address', async () => {
    const danish = scriptsOf((await get(port, '/findes-ikke')).body);
    const english = scriptsOf((await get(port, '/en/does-not-exist')).body);
    assert.equal(danish.lang, 'da');
    assert.equal(english.lang, 'en');
    const englishBody = (await get(port, '/en/does-not-exist')).body;
    assert.ok(englishBody.includes(messages('en').NotFound.title), 'English 404 text');
  });

  test('search, a Pages Router page, has the language, title and robots rule the App Router pages have', async () => {
    for (const [locale, address] of [
      ['da', '/soeg?q=infohus'],
      ['en', '/en/soeg?q=infohus'],
    ]) {
      const body = (await get(port, address)).body;
      const all = [...elements(parse(body))];
      const text = messages(locale);
      assert.equal(scriptsOf(body).lang, locale, `${address}: <html lang>`);
      const title = all.find((element) => element.tagName === 'title')?.childNodes[0]?.value;
      assert.equal(title, `${text.Search.titleWithQuery.replace('{query}', 'infohus')} – ${text.Layout.siteName}`, `${address}: title`);
      const meta = (name) =>
        attr(all.find((element) => element.tagName === 'meta' && attr(element, 'name') === name) ?? { attrs: [] }, 'content');
      assert.equal(meta('robots'), 'noindex, follow', `${address}: kept out of search engines`);
      assert.equal(meta('description'), text.Search.description, `${address}: description`);
    }
  });

  test('a client cannot choose the 404 language or reach the old inner request', async () => {
    const forged = await get(port, '/findes-ikke', { headers: { 'x-portal-locale': 'en' } });
    assert.equal(scriptsOf(forged.body).lang, 'da');
    const inner = await get(port, '/soeg?q=infohus', { headers: { 'x-portal-inner': '1' } });
    assert.equal(inner.status, 200);
    expectScriptFree(inner, 'with x-portal-inner');
  });

  test("the Pages Router's JSON props are not served: the address answers the 404 page", async () => {
    const buildId = readFileSync(path.join(root, distDir, 'BUILD_ID'), 'utf8').trim();
    const response = await get(port, `/_next/data/${buildId}/en/soeg.json?q=infohus`);
    assert.equal(response.status, 404);
    assert.match(response.headers['content-type'], /^text\/html/);
    assert.ok(response.body.includes(messages('da').NotFound.title), 'the 404 page');
    expectScriptFree(response, '/_next/data/…');
  });

  test('compressed pages are stripped too', async () => {
    for (const address of ['/indsatser/infohuse', '/soeg?q=infohus']) {
      const response = await get(port, address, { headers: { 'accept-encoding': 'gzip' } });
      assert.equal(response.headers['content-encoding'], 'gzip', address);
      expectScriptFree({ ...response, body: gunzipSync(response.raw).toString('utf8') }, `${address} gzip`);
    }
  });

  test('HEAD answers headers only; OPTIONS answers Allow', async () => {
    const head = await raw(port, 'HEAD /soeg?q=infohus HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    assert.equal(statusOf(head), 200);
    assert.ok(head.endsWith('\r\n\r\n') || !/<html/i.test(head), 'no body');
    const options = await raw(port, 'OPTIONS /soeg HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    assert.equal(statusOf(options), 204);
    assert.match(options, /\r\nAllow: GET, HEAD, OPTIONS\r\n/i);
  });

  test('every other method gets 405 with Allow, never a 5xx', async () => {
    for (const address of [
      '/',
      '/soeg',
      '/bekymring/fare',
      '/kurser',
      '/kurser/eksempel-samtaletraening',
      '/en/indsatser/infohuse',
      '/api/health',
    ]) {
      for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH', 'POST', 'PROPFIND']) {
        const answer = await raw(port, `${method} ${address} HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\nab`);
        assert.equal(statusOf(answer), 405, `${method} ${address}`);
        assert.match(answer, /\r\nAllow: GET, HEAD, OPTIONS\r\n/i, `${method} ${address}`);
      }
    }
  });

  test('form routes take POST, within the size limit, and never answer 5xx', async () => {
    const form = '/kurser/samtaletraening/tilmeld/r1';
    const small = await raw(
      port,
      `POST ${form} HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 5\r\nConnection: close\r\n\r\nname=`,
    );
    assert.ok(statusOf(small) < 500, `small POST: ${statusOf(small)}`);
    const large = await raw(
      port,
      `POST ${form} HTTP/1.1\r\nHost: x\r\nContent-Length: ${FORM_BODY_LIMIT + 1}\r\nConnection: close\r\n\r\n`,
    );
    assert.equal(statusOf(large), 413);
    assert.ok(large.includes(messages('da').Serving['413'].title), 'a page that says why');
    const chunked = await raw(port, `POST ${form} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n`);
    assert.equal(statusOf(chunked), 411);
    // A browser sends its whole oversized form before it reads: the answer must wait for it rather
    // than close the connection under it (which the browser shows as a reset, not as the page).
    const sent = await fetch(`http://127.0.0.1:${port}${form}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' },
      body: `note=${'x'.repeat(4 * FORM_BODY_LIMIT)}`,
    });
    assert.equal(sent.status, 413);
    assert.ok((await sent.text()).includes(messages('da').Serving['413'].title));

    // The same, made certain rather than left to timing: the rest of the body goes out only after
    // the server has had ample time to answer. A server that closed the connection after its 413
    // would make these writes fail (EPIPE or a reset); one that reads on takes them and ends cleanly.
    const slow = await new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1');
      const chunks = [];
      let failed;
      let restSent = false;
      socket.on('data', (chunk) => chunks.push(chunk));
      socket.on('error', (error) => (failed = error));
      socket.on('close', () => {
        if (failed) reject(failed);
        else if (!restSent) reject(new Error('the server closed the connection before the form was sent'));
        else resolve(Buffer.concat(chunks).toString('utf8'));
      });
      const body = 'x'.repeat(4 * FORM_BODY_LIMIT);
      socket.write(
        `POST ${form} HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\nSec-Fetch-Site: same-origin\r\n\r\n${body.slice(0, 1024)}`,
      );
      setTimeout(() => {
        if (socket.destroyed) return;
        restSent = true;
        socket.end(body.slice(1024));
      }, 500);
    });
    assert.equal(statusOf(slow), 413);
    assert.ok(slow.includes(messages('da').Serving['413'].title));
  });

  test('malformed paths get 400, oversized headers 431, never a 5xx', async () => {
    for (const target of ['/%', '/soeg%zz', '/%E6', '/en/%C3%28', '/bekymring/%ff', '//example.org/x', 'http://example.org/']) {
      const answer = await raw(port, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      assert.equal(statusOf(answer), 400, target);
    }
    const huge = await raw(port, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\nConnection: close\r\n\r\n`);
    assert.equal(statusOf(huge), 431);
    const garbage = await raw(port, 'NOT A REQUEST\r\n\r\n');
    assert.equal(statusOf(garbage), 400);
  });
});
