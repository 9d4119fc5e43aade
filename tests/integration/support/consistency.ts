import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '@/lib/db/schema';

/**
 * What must hold after any burst: seats counted equal seats taken (held, offered or confirmed),
 * people counted as waiting equal the waiting rows, waiting places 1..n without gaps in arrival
 * order, one e-mail per person, nobody twice. Shared by the burst and crash tests, below HTTP and
 * over it. `runId` names the run when the database has several (a started server records every
 * run of the content); without it the database must hold one.
 */
export async function expectConsistent(db: Kysely<Database>, capacity: number, runId?: string) {
  const runs = db.selectFrom('runs').selectAll();
  const run = await (runId ? runs.where('id', '=', runId) : runs).executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('registrations')
    .select(['id', 'email', 'status', 'first_place', 'waiting_seq', 'receipt'])
    .where('run_id', '=', run.id)
    .execute();
  const holding = rows.filter((row) => row.status === 'held');
  const taking = rows.filter((row) => row.status === 'held' || row.status === 'offered' || row.status === 'confirmed');
  const waiting = rows.filter((row) => row.status === 'waiting').sort((a, b) => a.waiting_seq! - b.waiting_seq!);
  expect(run.taken).toBe(taking.length);
  expect(run.taken).toBeLessThanOrEqual(capacity);
  expect(run.waiting).toBe(waiting.length);
  expect(waiting.map((row) => row.first_place)).toEqual(waiting.map((_, index) => index + 1));
  expect(new Set(rows.map((row) => row.email.toLowerCase())).size).toBe(rows.length);
  const outbox = await db
    .selectFrom('outbox')
    .select('registration_id')
    .where('registration_id', 'in', db.selectFrom('registrations').select('id').where('run_id', '=', run.id))
    .execute();
  expect(outbox.map((row) => row.registration_id).sort()).toEqual(rows.map((row) => row.id).sort());
  return { run, rows, holding, waiting };
}

/**
 * No registration is half-written: each has the tokens of its e-mailed links (a held seat: confirm
 * and cancel; a place on the list: cancel), and no token or e-mail belongs to a registration that
 * is not there. For rows straight from a burst, before anyone confirmed, cancelled or was offered.
 */
export async function expectWhole(db: Kysely<Database>, rows: { id: string; status: string }[]) {
  const tokens = await db.selectFrom('tokens').select('registration_id').execute();
  const perRegistration = new Map<string, number>();
  for (const token of tokens) perRegistration.set(token.registration_id, (perRegistration.get(token.registration_id) ?? 0) + 1);
  for (const row of rows) expect(perRegistration.get(row.id) ?? 0, `tokens of ${row.id}`).toBe(row.status === 'held' ? 2 : 1);
  const registrations = new Set((await db.selectFrom('registrations').select('id').execute()).map((row) => row.id));
  expect(tokens.filter((token) => !registrations.has(token.registration_id))).toEqual([]);
  const outbox = await db.selectFrom('outbox').select('registration_id').execute();
  expect(outbox.filter((row) => row.registration_id !== null && !registrations.has(row.registration_id))).toEqual([]);
}
