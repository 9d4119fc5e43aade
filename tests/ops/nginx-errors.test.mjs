// deploy/nginx.conf when an origin fails or is gone: visitors get the portal's own 500 page (in the
// address's language, with the status that happened), the failed address is not spoiled for later,
// and the JSON API keeps its own error answers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ensureNginx, localConfig, shippedConfig, startNginx } from './nginx.mjs';
import { freePort, get, missingBuild, root, startNext } from './support.mjs';

const nginx = ensureNginx();
const skip = missingBuild() ?? nginx.skip;
if (skip) console.log(`# skipped: ${skip}`);

const errorTitle = (locale) => JSON.parse(readFileSync(path.join(root, 'messages', `${locale}.json`), 'utf8')).Error.title;

/**
 * An origin that passes everything on to `next start`, except the addresses told to fail: those
 * answer 500 the way Next.js does when a page throws (an HTML shell without the page), or with
 * JSON under /api/. `stop()` takes it away entirely, as a crashed process would.
 */
async function startFlakyOrigin(nextPort) {
  const failing = new Set();
  const server = http.createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://origin');
    if (failing.has(pathname)) {
      const json = pathname.startsWith('/api/');
      response.writeHead(500, { 'content-type': json ? 'application/json' : 'text/html; charset=utf-8' });
      response.end(json ? '{"error":"failed"}' : '<!DOCTYPE html><html><head></head><body></body></html>');
      return;
    }
    const upstream = http.request(
      { host: '127.0.0.1', port: nextPort, path: request.url, method: request.method, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    failing,
    stop: () => new Promise((resolve) => server.close(resolve).closeAllConnections()),
  };
}

describe('deploy/nginx.conf when an origin fails', { skip }, () => {
  let next;
  let origin;
  let proxy;
  let port;

  before(async () => {
    next = await startNext(await freePort());
    origin = await startFlakyOrigin(next.port);
    port = await freePort();
    proxy = await startNginx(nginx.binary, localConfig(shippedConfig, { port, origins: [origin.port] }), { port });
  });

  after(async () => {
    await proxy?.stop();
    await origin?.stop();
    next?.child.kill('SIGTERM');
    await next?.exited;
  });

  test('a page that fails gets the 500 page in its language, with status 500, kept by no cache', async () => {
    origin.failing.add('/soeg').add('/en/soeg');
    for (const [address, locale] of [
      ['/soeg?q=infohus', 'da'],
      ['/en/soeg?q=infohouse', 'en'],
    ]) {
      const answer = await get(port, address);
      assert.equal(answer.status, 500, address);
      assert.match(answer.body, new RegExp(`<html lang="${locale}"`), address);
      assert.match(answer.body, new RegExp(`<h1>${errorTitle(locale)}</h1>`), address);
      assert.equal(answer.headers['cache-control'], 'no-store', address);
      assert.match(answer.headers['content-security-policy'] ?? '', /frame-ancestors 'none'/, address);
    }
    origin.failing.clear();
  });

  test('the address that failed is not spoiled: once the origin answers again, so does the page', async () => {
    origin.failing.add('/kontakt');
    const failed = await get(port, '/kontakt');
    assert.equal(failed.status, 500);
    origin.failing.clear();
    const recovered = await get(port, '/kontakt');
    assert.equal(recovered.status, 200);
    assert.doesNotMatch(recovered.body, new RegExp(`<h1>${errorTitle('da')}</h1>`));
    const again = await get(port, '/kontakt');
    assert.equal(again.body, recovered.body);
  });

  test('the JSON API keeps its own error answer, and a 404 stays the 404 page', async () => {
    origin.failing.add('/api/infohus');
    const api = await get(port, '/api/infohus?kommune=Aarhus');
    assert.equal(api.status, 500);
    assert.match(api.headers['content-type'], /^application\/json/);
    assert.equal(api.body, '{"error":"failed"}');
    origin.failing.clear();
    const missing = await get(port, '/findes-ikke');
    assert.equal(missing.status, 404);
    assert.doesNotMatch(missing.body, new RegExp(`<h1>${errorTitle('da')}</h1>`));
  });

  test('with the origin gone, visitors still get the 500 page from the cache, status 502', async () => {
    // The page was fetched and stored when the first failure above happened.
    await origin.stop();
    for (const [address, locale] of [
      ['/bekymring/fare', 'da'],
      ['/en/bekymring/fare', 'en'],
    ]) {
      const answer = await get(port, address);
      assert.equal(answer.status, 502, address);
      assert.match(answer.body, new RegExp(`<h1>${errorTitle(locale)}</h1>`), address);
    }
  });
});
