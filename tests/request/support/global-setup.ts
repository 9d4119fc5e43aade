import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'node:net';
import { readinessPath, serverCommand, serverEnv } from '../../support/server.mjs';

/**
 * Starts the built portal once for every request-level test file and tells them where it listens
 * (PORTAL_TEST_URL). A server already named by PORTAL_TEST_URL is used as it is.
 */
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env.PORTAL_TEST_URL) return undefined;
  const port = await freePort();
  // A database of its own, which the back-office tests fill through lib/registration as the server reads it.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-request-'));
  process.env.PORTAL_DATA_DIR = dataDir;
  const server = spawn(serverCommand(port), {
    shell: true,
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit'],
    // No sign-in provider listens on port 9: these tests make their own sessions (tests/request/admin.test.ts).
    env: { ...process.env, NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next-e2e', ...serverEnv({ port, idpPort: 9 }) },
  });
  const origin = `http://localhost:${port}`;
  await waitUntilReady(origin, server);
  process.env.PORTAL_TEST_URL = origin;
  return async () => {
    stop(server);
    rmSync(dataDir, { recursive: true, force: true });
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilReady(origin: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode} before it was ready`);
    try {
      if ((await fetch(origin + readinessPath)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop(server);
  throw new Error(`the server at ${origin} was not ready within 60 s`);
}

/** The server runs in its own process group (npx starts a child): end the whole group. */
function stop(server: ChildProcess): void {
  if (server.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}
