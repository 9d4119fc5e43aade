import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '@/lib/db/schema';

/**
 * What must hold after any burst: seats counted equal seats held, waiting
 * places 1..n without gaps in arrival order, one e-mail per person, nobody
 * twice. Shared by the burst and crash tests.
 */
export async function expectConsistent(db: Kysely<Database>, capacity: number) {
  const run = await db.selectFrom('runs').selectAll().executeTakeFirstOrThrow();
  const rows = await db.selectFrom('registrations').select(['id', 'email', 'status', 'first_place', 'waiting_seq', 'receipt']).execute();
  const holding = rows.filter((row) => row.status === 'held');
  const waiting = rows.filter((row) => row.status === 'waiting').sort((a, b) => a.waiting_seq! - b.waiting_seq!);
  expect(run.taken).toBe(holding.length);
  expect(run.taken).toBeLessThanOrEqual(capacity);
  expect(run.waiting).toBe(waiting.length);
  expect(waiting.map((row) => row.first_place)).toEqual(waiting.map((_, index) => index + 1));
  expect(new Set(rows.map((row) => row.email.toLowerCase())).size).toBe(rows.length);
  const outbox = await db.selectFrom('outbox').select('registration_id').execute();
  expect(outbox.map((row) => row.registration_id).sort()).toEqual(rows.map((row) => row.id).sort());
  return { run, rows, holding, waiting };
}
