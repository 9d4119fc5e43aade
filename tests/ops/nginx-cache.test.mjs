// deploy/nginx.conf in front of `next start`: prerendered pages come from the cache, pages made
// per request never do, and a page and its RSC payload can never answer for each other.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ensureNginx, localConfig, shippedConfig, startNginx } from './nginx.mjs';
import { freePort, get, missingBuild, startNext } from './support.mjs';

const nginx = ensureNginx();
const skip = missingBuild() ?? nginx.skip;
if (skip) console.log(`# skipped: ${skip}`);

const PAGE = '/indsatser/infohuse';

const isHtml = (response) => /^text\/html/.test(response.headers['content-type'] ?? '') && response.body.startsWith('<!DOCTYPE html>');
const isRsc = (response) => /^text\/x-component/.test(response.headers['content-type'] ?? '') && !response.body.includes('<!DOCTYPE');

/** The address the router uses for a page's RSC payload (Next.js answers RSC: 1 elsewhere with a redirect to it). */
async function rscAddress(port, path) {
  const redirect = await get(port, path, { headers: { RSC: '1' } });
  assert.equal(redirect.status, 307);
  assert.match(redirect.headers.location, /[?&]_rsc(=|$)/);
  return redirect.headers.location;
}

/**
 * The two poisoning attempts, one per page. Each first fills the cache with one kind of answer
 * for an address, then asks the same address for the other kind, and returns what that got.
 */
async function poisoningAttempts(port, [pageA, pageB]) {
  // A payload is stored first; then a visitor asks for a page at that very address.
  const rscA = await rscAddress(port, pageA);
  const rsc = await get(port, rscA, { headers: { RSC: '1' } });
  await get(port, rscA, { headers: { RSC: '1' } });
  const pageAfterRsc = await get(port, rscA);
  // A page is stored first; then the router asks for the payload at that address.
  const rscB = await rscAddress(port, pageB);
  await get(port, rscB);
  await get(port, rscB);
  const rscAfterPage = await get(port, rscB, { headers: { RSC: '1' } });
  return { rsc, pageAfterRsc, rscAfterPage };
}

describe('deploy/nginx.conf in front of next start', { skip }, () => {
  let origin;
  let proxy;
  let port;

  before(async () => {
    const originPort = await freePort();
    port = await freePort();
    origin = await startNext(originPort);
    proxy = await startNginx(nginx.binary, localConfig(shippedConfig, { port, origins: [originPort] }), { port });
  });

  after(async () => {
    await proxy?.stop();
    origin?.child.kill('SIGTERM');
    await origin?.exited;
  });

  test('a prerendered page is served from the cache, headers and bytes as the origin sent them', async () => {
    const first = await get(port, PAGE);
    const second = await get(port, PAGE);
    assert.equal(first.status, 200);
    assert.notEqual(first.headers['x-cache-status'], 'HIT');
    assert.equal(second.headers['x-cache-status'], 'HIT');
    assert.equal(second.body, first.body);
    assert.match(second.headers['content-security-policy'], /script-src 'self'/);
    assert.equal(second.headers['content-security-policy'], first.headers['content-security-policy']);
    assert.match(second.headers['strict-transport-security'], /max-age=\d{8}/);
  });

  test('an RSC payload never answers a page request, nor a page an RSC request', async () => {
    const { rsc, pageAfterRsc, rscAfterPage } = await poisoningAttempts(port, ['/kontakt', '/om-centeret']);
    assert.ok(isRsc(rsc), `the RSC request got an RSC payload (${rsc.headers['content-type']})`);
    assert.ok(isHtml(pageAfterRsc), `a page request after a stored payload got the page (${pageAfterRsc.headers['content-type']})`);
    assert.ok(isRsc(rscAfterPage), `an RSC request after a stored page got the payload (${rscAfterPage.headers['content-type']})`);
  });

  test('router headers (prefetch, state tree) do not share entries with the page either', async () => {
    const headers = { RSC: '1', 'Next-Router-Prefetch': '1' };
    const redirect = await get(port, PAGE, { headers });
    const prefetch = await get(port, redirect.headers.location, { headers });
    assert.ok(isRsc(prefetch), `prefetch: ${prefetch.headers['content-type']}`);
    assert.ok(isHtml(await get(port, redirect.headers.location)));
    const withState = await get(port, PAGE, {
      headers: { 'Next-Router-State-Tree': encodeURIComponent('["",{"children":["__PAGE__",{}]}]') },
    });
    assert.ok(isHtml(withState) || withState.status === 307, `state-tree request: ${withState.headers['content-type']}`);
    assert.ok(isHtml(await get(port, PAGE)));
  });

  test('pages made per request, the JSON lookup and health are never answered from the cache', async () => {
    for (const path of [
      '/soeg?q=infohus',
      '/bekymring/fare',
      '/bekymring/find-infohus?kommune=Aarhus',
      '/kurser?target=teachers',
      '/en/viden?type=tool',
      '/api/infohus?kommune=Aarhus',
      '/api/health',
    ]) {
      const answers = [await get(port, path), await get(port, path)];
      for (const answer of answers) {
        assert.ok(answer.status < 400, `${path}: ${answer.status}`);
        assert.notEqual(answer.headers['x-cache-status'], 'HIT', `${path} came from the cache`);
      }
    }
  });

  test('only GET and HEAD reach the origin: a Server Function call is refused at the edge', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', headers: { 'Next-Action': 'x' }, body: 'x' });
    assert.equal(response.status, 403);
  });

  test('the form routes take POST, uncached, and refuse a body over 64 KB at the edge', async () => {
    const form = '/kurser/eksempel-samtaletraening/tilmeld/r1';
    const post = (body) =>
      // Sent as a browser sends its own form (the origin refuses a form from another site with 403 itself).
      fetch(`http://127.0.0.1:${port}${form}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' },
        body,
      });
    const small = await post('navn=x');
    assert.notEqual(small.status, 403, 'POST reaches the origin');
    assert.ok(small.status < 500, `small POST: ${small.status}`);
    assert.notEqual(small.headers.get('x-cache-status'), 'HIT');
    assert.equal((await post('x'.repeat(65 * 1024))).status, 413);
    const put = await fetch(`http://127.0.0.1:${port}${form}`, { method: 'PUT', body: 'x' });
    assert.equal(put.status, 403);
  });

  test('ISR pages (the catalogue, course pages, printed catalogues) come from the cache', async () => {
    for (const path of ['/kurser', '/kurser/eksempel-samtaletraening', '/en/kurser/katalog/2027-foraar']) {
      const first = await get(port, path);
      const second = await get(port, path);
      assert.equal(first.status, 200, path);
      assert.match(first.headers['cache-control'], /s-maxage=3600\b/, `${path}: revalidated hourly`);
      assert.equal(second.headers['x-cache-status'], 'HIT', `${path} from the cache`);
      assert.equal(second.body, first.body);
    }
  });

  test('the checks above catch the bug: a cache keyed on the address alone is poisoned', async () => {
    const naivePort = await freePort();
    const naive = localConfig(shippedConfig, { port: naivePort, origins: [origin.port] })
      .replace(/proxy_cache_key [^;]+;/, 'proxy_cache_key $request_uri;\n            proxy_ignore_headers Vary;')
      .replace(/proxy_no_cache [^;]+;/, 'proxy_no_cache $portal_dynamic;');
    const naiveProxy = await startNginx(nginx.binary, naive, { port: naivePort });
    try {
      const { pageAfterRsc, rscAfterPage } = await poisoningAttempts(naivePort, ['/kontakt', '/om-centeret']);
      assert.ok(isRsc(pageAfterRsc) || isHtml(rscAfterPage), 'the naive cache hands out the wrong kind of answer');
    } finally {
      await naiveProxy.stop();
    }
  });
});
