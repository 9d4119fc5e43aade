import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';

/** The build the performance checks measure: the one `next build` wrote with the same NEXT_DIST_DIR. */
export const distDir = process.env.NEXT_DIST_DIR ?? '.next';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs / 1000} s`);
}

export interface RunningServer {
  origin: string;
  stop: () => void;
  /** Ends the server at once, as a crash would: SIGKILL to its process group, then waits until it has gone. */
  kill: () => Promise<void>;
}

/**
 * Serves the production build on a free port, or uses BASE_URL when a server
 * is already running (e.g. the one Playwright started). `env` replaces the
 * test process's environment for the server (several servers, each its own).
 */
export async function startServer(env: NodeJS.ProcessEnv = process.env): Promise<RunningServer> {
  if (env.BASE_URL) return { origin: env.BASE_URL.replace(/\/$/, ''), stop: () => {}, kill: async () => {} };
  const port = await freePort();
  // The production origin, as `npm start` runs it (server.mjs: Next.js without the framework's scripts).
  const child = spawn(process.execPath, ['server.mjs', '-p', String(port)], {
    env: { ...env, NEXT_DIST_DIR: distDir },
    stdio: ['ignore', 'ignore', 'inherit'],
    // Its own process group, so stopping it also stops the workers it starts.
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  };
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    await exited;
  };
  process.once('exit', stop);
  const origin = `http://localhost:${port}`;
  try {
    await waitUntilUp(`${origin}/api/health`, child, 60_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { origin, stop, kill };
}
