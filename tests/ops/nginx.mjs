// Runs deploy/nginx.conf on loopback for the tests and the load bench, with its own ports and
// folders in place of the production ones.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { get, root, waitFor } from './support.mjs';

export const shippedConfig = readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8');

function which(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim() || undefined;
}

/**
 * The nginx binary, installing Debian's package when missing and allowed (root).
 * Returns { binary } or { skip: reason }.
 */
export function ensureNginx() {
  const found = which('nginx') ?? ['/usr/sbin/nginx'].find((candidate) => spawnSync(candidate, ['-v']).status === 0);
  if (found) return { binary: found };
  if (process.getuid?.() !== 0) return { skip: 'nginx is not installed and installing it needs root: apt-get install -y nginx' };
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'ignore', env });
  execFileSync('apt-get', ['install', '-y', 'nginx'], { stdio: 'ignore', env });
  return { binary: which('nginx') ?? '/usr/sbin/nginx' };
}

/** Replaces every match in the shipped file; throws if there is none, so the tests follow the file. */
function rewrite(config, pattern, replacement) {
  const everywhere = new RegExp(pattern.source, `${pattern.flags}g`);
  if (!everywhere.test(config)) throw new Error(`deploy/nginx.conf: expected to find ${pattern}`);
  return config.replace(everywhere, replacement);
}

/**
 * deploy/nginx.conf listening on a loopback port, in front of the given origin ports, writing
 * under `{dir}` (filled in by startNginx). As root, workers stay root to reach the temporary folder.
 */
export function localConfig(config, { port, origins }) {
  let local = config;
  local = rewrite(local, /^user .*;$/m, process.getuid?.() === 0 ? 'user root;' : '');
  local = rewrite(local, /^pid .*;$/m, 'pid {dir}/nginx.pid;');
  local = rewrite(local, /\/var\/log\/nginx\//, '{dir}/');
  local = rewrite(local, /\/var\/cache\/nginx\//, '{dir}/');
  local = rewrite(local, /listen 80 default_server;/, `listen 127.0.0.1:${port};`);
  local = rewrite(local, /^(\s*)server 127\.0\.0\.1:3000 (.*);$/m, origins.map((origin) => `$1server 127.0.0.1:${origin} $2;`).join('\n'));
  return local;
}

/** Starts nginx in the foreground with the given configuration text; resolves once `probe` answers. */
export async function startNginx(binary, config, { port, probe = '/api/health' }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-nginx-'));
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, 'logs'));
  const file = path.join(dir, 'nginx.conf');
  writeFileSync(file, config.replaceAll('{dir}', dir));
  const child = spawn(binary, ['-e', path.join(dir, 'error.log'), '-p', dir, '-c', file, '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  await Promise.race([
    waitFor(async () => (await get(port, probe)).status < 500, { what: `nginx on port ${port}`, timeoutMs: 15_000 }),
    exited.then((code) => {
      throw new Error(`nginx exited (${code}):\n${output}`);
    }),
  ]);
  return {
    child,
    dir,
    async stop() {
      child.kill('SIGQUIT');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
