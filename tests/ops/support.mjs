// Shared by the operations tests and the load bench: start the origin (server.mjs) on loopback and wait for it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
export const distDir = process.env.NEXT_DIST_DIR || '.next-e2e';
const serverEntry = path.join(root, 'server.mjs');
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');

/**
 * ISR pages are rendered again at run time (hourly), from the content the server sees then: it
 * must be the content the build saw. The end-to-end build has the test fixtures and a pinned day
 * (playwright.config.ts); a server on it without them would regenerate a fixture course as a 404.
 */
const buildContent =
  distDir === '.next-e2e' ? { PORTAL_FIXTURES: '1', PORTAL_NOW: process.env.PORTAL_NOW ?? '2026-12-01T12:00:00+01:00' } : {};

/** Why the tests cannot run here, or undefined when they can. */
export function missingBuild() {
  return existsSync(path.join(root, distDir, 'BUILD_ID')) ? undefined : `no build in ${distDir}: run \`next build\` first`;
}

/** A loopback port nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A plain GET on loopback that resolves with status, headers, body and its bytes (never rejects on HTTP errors). */
export function get(port, requestPath, { headers = {}, agent = false } = {}) {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: requestPath, headers, agent }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          raw: Buffer.concat(chunks),
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

export async function waitFor(check, { timeoutMs = 60_000, what = 'condition', signal } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // Given up by the caller (the process it waits for has exited): stop polling, or the test run waits out the deadline.
    if (signal?.aborted) return;
    try {
      if (await check()) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Node.js as the origin runs in production (.ci/serve, docs/deployment.md): a 32 MB young generation
 * instead of 16, so fewer collections while a page renders (docs/performance.md has the figures).
 */
export const ORIGIN_NODE_FLAGS = ['--max-semi-space-size=32'];

/**
 * The origin (server.mjs) as its own process (no npm in between, so signals reach it), with the
 * production's Node.js flags. Resolves once /api/health answers.
 */
export async function startNext(port, { env = {}, plain = false } = {}) {
  // `plain`: Next.js' own `next start` on the same build, pages with their scripts: the bench's
  // yardstick. It gets the same Node.js flags, so that the bench compares server.mjs, not the flags.
  const command = plain ? [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'] : [serverEntry, '-p', String(port), '-H', '127.0.0.1'];
  const child = spawn(process.execPath, [...ORIGIN_NODE_FLAGS, ...command], {
    cwd: root,
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', ...buildContent, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const gaveUp = new AbortController();
  exited.then(() => gaveUp.abort());
  try {
    await Promise.race([
      waitFor(async () => (await get(port, '/api/health')).status === 200, { what: `the origin on port ${port}`, signal: gaveUp.signal }),
      exited.then(({ code }) => {
        throw new Error(`the origin exited early (${code}):\n${output}`);
      }),
    ]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { child, port, exited, output: () => output };
}
