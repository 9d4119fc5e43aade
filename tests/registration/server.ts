import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../support/next-server';

/** A production server of the fixture build with a data folder (SQLite file, `.eml` mail) of its own. */
export interface RegistrationServer {
  /** The running process's address; restart() changes it (a new free port). */
  readonly origin: string;
  dataDir: string;
  /** Stops the server and removes its data folder, unless the caller gave the folder. */
  stop(): Promise<void>;
  /** Ends the server with SIGKILL, as a crash would, leaving its data as the crash left it. */
  kill(): Promise<void>;
  /** Starts the server again on the same data folder and database. */
  restart(): Promise<void>;
  /** The e-mails written so far, parsed: to, subject, text, attachment names. */
  mails(): Promise<Mail[]>;
}

export interface RegistrationServerOptions {
  /** PostgreSQL for this server; several servers may share one. Without it, SQLite in the data folder. */
  databaseUrl?: string;
  /** The data folder to use (and leave); a new one, removed by stop(), when not given. */
  dataDir?: string;
}

export interface Mail {
  file: string;
  to: string;
  subject: string;
  text: string;
  attachments: { filename: string; content: string }[];
}

export async function startRegistrationServer(options: RegistrationServerOptions = {}): Promise<RegistrationServer> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'portal-registration-'));
  // Each server gets its own environment rather than the test process's, so two can run side by side.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORTAL_DATA_DIR: dataDir,
    MAIL_INTERVAL_MS: '200',
    // As the fixture build was made (.ci/test): the fixture courses, seen on a fixed day.
    PORTAL_FIXTURES: '1',
    PORTAL_NOW: process.env.PORTAL_NOW ?? '2026-12-01T12:00:00+01:00',
    // .eml files rather than sending; SQLite unless this server is given PostgreSQL (.ci/postgres
    // exports DATABASE_URL for the PostgreSQL tests, not for every server).
    SMTP_URL: undefined,
    DATABASE_URL: options.databaseUrl,
    // Vite sets BASE_URL to '/', which startServer would take for a running server's address.
    BASE_URL: undefined,
  };
  let running = await startServer(env);
  return {
    get origin() {
      return running.origin;
    },
    dataDir,
    async stop() {
      running.stop();
      // The server may still be finishing a write as it stops.
      await new Promise((resolve) => setTimeout(resolve, 500));
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
    kill: () => running.kill(),
    async restart() {
      running = await startServer(env);
    },
    async mails() {
      const folder = path.join(dataDir, 'mail');
      let files: string[] = [];
      try {
        files = readdirSync(folder)
          .filter((file) => file.endsWith('.eml'))
          .sort();
      } catch {
        return [];
      }
      return Promise.all(
        files.map(async (file) => {
          return { file, ...parseEml(readFileSync(path.join(folder, file), 'utf8')) };
        }),
      );
    },
  };
}

/** Waits for the outbox worker to write an e-mail that matches. */
export async function waitForMail(server: RegistrationServer, match: (mail: Mail) => boolean, timeoutMs = 15_000): Promise<Mail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = (await server.mails()).find(match);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error('no matching e-mail arrived');
}

/** The path of the first link in a text that leads to `prefix` (the e-mails link to the public address). */
export function linkPath(text: string, prefix: string): string {
  const match = new RegExp(`https?://[^\\s/]+(${prefix.replace(/[/]/g, '\\/')}[A-Za-z0-9_-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no link to ${prefix} in:\n${text}`);
  return match[1];
}

/** Enough of RFC 5322/2045 to read the messages nodemailer writes: headers, parts, quoted-printable and base64. */
export function parseEml(source: string): Omit<Mail, 'file'> {
  const [head = '', ...rest] = source.split(/\r?\n\r?\n/);
  const headers = headerMap(head);
  const boundary = /boundary="([^"]+)"/.exec(headers.get('content-type') ?? '')?.[1];
  const body = rest.join('\n\n');
  const parts = boundary
    ? body
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((part) => {
          const [partHead = '', ...partBody] = part.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
          return { headers: headerMap(partHead), body: partBody.join('\n\n') };
        })
    : [{ headers, body }];
  const decode = (part: { headers: Map<string, string>; body: string }) => {
    const encoding = part.headers.get('content-transfer-encoding');
    if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
    if (encoding === 'quoted-printable') return quotedPrintable(part.body);
    return part.body;
  };
  const textPart = parts.find((part) => (part.headers.get('content-type') ?? 'text/plain').startsWith('text/plain'));
  return {
    to: headers.get('to') ?? '',
    subject: encodedWords(headers.get('subject') ?? ''),
    text: textPart ? decode(textPart).replace(/\r\n/g, '\n') : '',
    attachments: parts
      .filter((part) => /attachment/.test(part.headers.get('content-disposition') ?? ''))
      .map((part) => ({
        filename: /filename="?([^";]+)"?/.exec(part.headers.get('content-disposition') ?? '')?.[1] ?? '',
        content: decode(part),
      })),
  };
}

function headerMap(head: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) map.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return map;
}

function quotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_match, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/g, '%25'));
}

function encodedWords(text: string): string {
  return text.replace(/=\?UTF-8\?Q\?([^?]*)\?=\s*/gi, (_match, word: string) => quotedPrintable(word.replace(/_/g, ' ')));
}
