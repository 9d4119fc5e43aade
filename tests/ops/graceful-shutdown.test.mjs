// On SIGTERM, `next start` must stop taking connections, finish the requests it is working on,
// then exit: what a load balancer or an orchestrator needs to replace an origin without errors.
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { test } from 'node:test';
import { distDir, freePort, get, missingBuild, startNext } from './support.mjs';

const skip = missingBuild();

function connectOutcome(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve('accepted');
    });
    socket.on('error', (error) => resolve(error.code));
  });
}

const alive = (child) => child.exitCode === null && child.signalCode === null;

test('SIGTERM: requests in flight finish, new connections are refused, the process exits', { skip, timeout: 60_000 }, async () => {
  const port = await freePort();
  const server = await startNext(port);
  try {
    // A large file of the build, asked for many times on one connection (HTTP/1.1 pipelining)
    // by a client that stops reading: the responses fill the socket buffers and the server is
    // still sending when SIGTERM arrives. That is a slow client, the usual in-flight request.
    // Each response must outlast what the socket buffers hold, so the largest script of the build
    // (React's, which no page loads any more, but the server still serves).
    const chunks = path.join(distDir, 'static', 'chunks');
    const [largest] = readdirSync(chunks)
      .filter((name) => name.endsWith('.js'))
      .map((name) => ({ name, size: statSync(path.join(chunks, name)).size }))
      .toSorted((a, b) => b.size - a.size);
    const file = `/_next/static/chunks/${largest.name}`;
    const { size } = largest;
    assert.equal((await get(port, file)).status, 200, `${file} is served`);
    const count = Math.ceil((16 * 1024 * 1024) / size);
    const requests = Array.from({ length: count }, (_, index) =>
      [`GET ${file} HTTP/1.1`, 'Host: 127.0.0.1', index === count - 1 ? 'Connection: close' : 'Connection: keep-alive', '', ''].join(
        '\r\n',
      ),
    ).join('');

    const slow = net.connect(port, '127.0.0.1');
    const received = [];
    const ended = new Promise((resolve, reject) => {
      slow.on('end', resolve);
      slow.on('error', reject);
    });
    slow.on('data', (data) => received.push(data));
    await new Promise((resolve) => slow.once('connect', resolve));
    slow.write(requests);
    // Read the first bytes (the server is answering), then stop reading.
    await new Promise((resolve) => slow.once('data', resolve));
    slow.pause();

    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    let refusedAt;
    while (!refusedAt) {
      if ((await connectOutcome(port)) === 'ECONNREFUSED') refusedAt = Date.now();
      else await new Promise((resolve) => setTimeout(resolve, 20));
      assert.ok(Date.now() - signalledAt < 10_000, 'new connections are refused within 10 s of SIGTERM');
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.ok(alive(server.child), 'the server waits for the request in flight instead of exiting');

    slow.resume();
    await ended;
    const answer = Buffer.concat(received);
    const statusLines = answer.toString('latin1').match(/HTTP\/1\.1 \d{3}/g) ?? [];
    assert.deepEqual(new Set(statusLines), new Set(['HTTP/1.1 200']), 'every response is a 200');
    assert.equal(statusLines.length, count, 'every pipelined request was answered in full');
    assert.ok(answer.length > count * size, 'all bodies arrived');

    const { code, signal } = await server.exited;
    assert.equal(signal, null);
    assert.equal(code, 143, 'exit status 128 + SIGTERM');
    console.log(`${count} responses of ${size} bytes finished after SIGTERM; new connections refused after ${refusedAt - signalledAt} ms`);
  } finally {
    if (alive(server.child)) server.child.kill('SIGKILL');
  }
});
