// The origin's render queue (lib/site/server/render-queue.mjs) in the real server: searches wait
// their turn without losing one, a visitor who leaves frees the place, cached pages never wait,
// and a wrong setting stops the server with a reason instead of starting with a guess.
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';
import { freePort, get, missingBuild, startNext } from './support.mjs';

const skip = missingBuild();

/** Sends a GET and gives up on it at once, as a visitor closing the tab does. */
function abandon(port, requestPath) {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: requestPath, agent: false });
    request.on('error', () => resolve());
    request.on('socket', (socket) => socket.on('connect', () => setTimeout(() => (request.destroy(), resolve()), 20)));
  });
}

describe('server.mjs: the render queue', { skip }, () => {
  let origin;
  before(async () => {
    origin = await startNext(await freePort(), { env: { PORTAL_RENDER_CONCURRENCY: '1' } });
  });
  after(async () => {
    origin?.child.kill('SIGTERM');
    await origin?.exited;
  });

  test('one at a time, every search is answered, and visitors who left hold no place', async () => {
    const words = ['infohus', 'bekymring', 'kommune', 'radikalisering', 'hotline', 'forebyggelse', 'politi', 'kursus'];
    await Promise.all(words.map((word) => abandon(origin.port, `/soeg?q=${word}`)));
    const answers = await Promise.all(
      [...words, ...words].map((word) => get(origin.port, `/soeg?q=${word}`).then((response) => ({ word, response }))),
    );
    for (const { word, response } of answers) {
      assert.equal(response.status, 200, word);
      assert.match(response.body, new RegExp(`value="${word}"`), `${word}: its own results page`);
    }
    const after = await get(origin.port, '/en/soeg?q=infohus');
    assert.equal(after.status, 200);
  });

  test('a prerendered page does not wait behind a queue of searches', async () => {
    const finished = [];
    const searches = Array.from({ length: 40 }, (_, n) =>
      get(origin.port, `/soeg?q=infohus+${n}`).then(() => finished.push(`search ${n}`)),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    const front = get(origin.port, '/').then((response) => {
      finished.push('front');
      return response;
    });
    assert.equal((await front).status, 200);
    await Promise.all(searches);
    assert.ok(
      finished.indexOf('front') < finished.length - 5,
      `the front page came out at ${finished.indexOf('front') + 1} of ${finished.length}`,
    );
  });

  test('a setting that is not a positive whole number stops the server with a reason', async () => {
    await assert.rejects(startNext(await freePort(), { env: { PORTAL_RENDER_CONCURRENCY: 'many' } }), (error) => {
      assert.match(error.message, /exited early \(1\)/);
      assert.match(error.message, /PORTAL_RENDER_CONCURRENCY must be a whole number of 1 or more, not "many"/);
      return true;
    });
  });
});
