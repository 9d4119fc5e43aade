import path from 'node:path';
import { expect } from 'vitest';
import type { DatabaseKind } from '@/lib/db';
import { createTestDatabase, type TestDatabase } from '../integration/support/databases';
import { fill, getPage, post } from './http';
import { type RegistrationServer, startRegistrationServer } from './server';

/** The fixture run with 20 seats (tests/fixtures/content/kurser/eksempel-netvaerksmoede.yaml). */
export const twentySeats = {
  form: '/kurser/eksempel-netvaerksmoede/tilmeld/tilmelding-tyve',
  runId: 'eksempel-netvaerksmoede/tilmelding-tyve',
  capacity: 20,
};

/**
 * A fresh database and the servers a deployment on it has: one on SQLite (one file, one writer),
 * two on PostgreSQL (each its own data folder for its `.eml` files and its own outbox worker, one
 * DATABASE_URL). The database is the lib tests' throwaway one, so the test can read what was stored.
 */
export interface Deployment {
  database: TestDatabase;
  servers: RegistrationServer[];
  stop(): Promise<void>;
}

export async function startDeployment(kind: DatabaseKind): Promise<Deployment> {
  const database = await createTestDatabase(kind);
  const servers: RegistrationServer[] = [];
  const stop = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await database.drop();
  };
  try {
    if (kind === 'postgres') {
      const started = await Promise.allSettled([0, 1].map(() => startRegistrationServer({ databaseUrl: database.config.location })));
      for (const each of started) if (each.status === 'fulfilled') servers.push(each.value);
      for (const each of started) if (each.status === 'rejected') throw each.reason;
    } else {
      // The server's SQLite file is the one createTestDatabase made: PORTAL_DATA_DIR is its folder.
      servers.push(await startRegistrationServer({ dataDir: path.dirname(database.config.location) }));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { database, servers, stop };
}

export type Answer = { index: number; server: number } & ({ status: number; location: string | null } | { error: string });
export type Answered = Extract<Answer, { status: number }>;
export const answered = (answer: Answer): answer is Answered => 'status' in answer;

/** The form's fields as the server renders them (the server action's hidden fields are the same on every server of one build). */
export async function formFields(server: RegistrationServer) {
  return (await getPage(server.origin, twentySeats.form)).fields;
}

/**
 * Person `index` sends the form to `server`: their own form render (idempotency token), e-mail
 * address and client address, as 200 browsers in 200 offices. Sending again is a browser's retry:
 * the same token, so the same registration. A refused connection (a killed server) is an answer
 * too: `error`.
 */
export async function send(servers: RegistrationServer[], server: number, fields: [string, string][], index: number): Promise<Answer> {
  const values = {
    token: `burst-${String(index).padStart(16, '0')}`,
    name: `Person ${index}`,
    email: `person-${index}@example.org`,
    organisationKind: 'other',
    municipality: '',
    organisation: 'Testorganisation',
    role: 'Deltager',
  };
  try {
    const answer = await post(servers[server]!.origin, twentySeats.form, fill(fields, values), {
      'x-forwarded-for': `10.0.${Math.floor(index / 250)}.${index % 250}`,
    });
    return { index, server, status: answer.status, location: answer.location };
  } catch (error) {
    return { index, server, error: String((error as Error).cause ?? error) };
  }
}

/** `count` people send the form at the same moment, person i to server i mod n; `onAnswer` sees each answer as it arrives. */
export function sendBurst(
  servers: RegistrationServer[],
  fields: [string, string][],
  count: number,
  onAnswer: (answer: Answer) => void = () => {},
): Promise<Answer[]> {
  return Promise.all(
    Array.from({ length: count }, (_, index) =>
      send(servers, index % servers.length, fields, index).then((answer) => {
        onAnswer(answer);
        return answer;
      }),
    ),
  );
}

/** The receipt id in a receipt address (`/kurser/tilmelding/kvittering/<id>?…`). */
export function receiptOf(location: string | null): string | undefined {
  return /\/kvittering\/([A-Za-z0-9_-]+)/.exec(location ?? '')?.[1];
}

/**
 * Every answer's receipt names a registration of its own in the database, and the receipt pages of
 * a sample (every `step`-th person, each page read from the server that answered) say what the
 * database holds: a held seat, or the place on the waiting list. The sample keeps the test's time
 * small on a loaded machine, where 200 page renders take 10 s and more.
 */
export async function expectReceipts(
  servers: RegistrationServer[],
  answers: Answered[],
  rows: { receipt: string; status: string; first_place: number | null }[],
  step = 10,
) {
  const byReceipt = new Map(rows.map((row) => [row.receipt, row]));
  const receipts = answers.map((answer) => receiptOf(answer.location));
  expect(receipts.filter((receipt) => !byReceipt.has(receipt!))).toEqual([]);
  expect(new Set(receipts).size).toBe(answers.length);
  const sample = answers.filter((answer) => answer.index % step === 0);
  const pages = await Promise.all(sample.map(async (answer) => (await getPage(servers[answer.server]!.origin, answer.location!)).html));
  const told = pages.map((page) =>
    page.querySelector('h1')?.textContent === 'Tak for din tilmelding'
      ? 'held'
      : `place ${/Du er nummer (\d+) på ventelisten/.exec(page.querySelector('.lead')?.textContent ?? '')?.[1]}`,
  );
  const stored = sample.map((answer) => byReceipt.get(receiptOf(answer.location)!)!);
  expect(told).toEqual(stored.map((row) => (row.status === 'held' ? 'held' : `place ${row.first_place}`)));
}
