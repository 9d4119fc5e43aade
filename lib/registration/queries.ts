import type { Kysely } from 'kysely';
import type { Database, DbExecutor } from '@/lib/db/schema';
import { runKey, splitRunKey } from './runs';
import type { ReceiptView, RunPolicy } from './types';

/** A waiting person's place in line now (1 = next): one more than the people ahead of them. */
export async function placeInLine(db: DbExecutor, runId: string, waitingSeq: number): Promise<number> {
  const ahead = await db
    .selectFrom('registrations')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('run_id', '=', runId)
    .where('status', '=', 'waiting')
    .where('waiting_seq', '<', waitingSeq)
    .executeTakeFirstOrThrow();
  return Number(ahead.n) + 1;
}

/** What the receipt page shows, found by the receipt's random id. */
export async function receiptStatus(db: Kysely<Database>, receipt: string): Promise<ReceiptView | undefined> {
  const row = await db
    .selectFrom('registrations')
    .select(['run_id', 'status', 'waiting_seq', 'hold_expires_at', 'offer_expires_at'])
    .where('receipt', '=', receipt)
    .executeTakeFirst();
  if (!row) return undefined;
  const view: ReceiptView = { ...splitRunKey(row.run_id), status: row.status };
  if (row.status === 'waiting' && row.waiting_seq !== null) view.place = await placeInLine(db, row.run_id, row.waiting_seq);
  if (row.status === 'held' && row.hold_expires_at) view.holdExpiresAt = new Date(row.hold_expires_at);
  if (row.status === 'offered' && row.offer_expires_at) view.offerExpiresAt = new Date(row.offer_expires_at);
  return view;
}

/** `cancelled`: staff cancelled the run in the back office (a run the content cancels has no form at all). */
export type AvailabilityState = 'open' | 'few' | 'full-waitlist' | 'cancelled';

export interface RunAvailability {
  capacity?: number;
  taken: number;
  waiting: number;
  state: AvailabilityState;
}

/** "Few" once no more than a fifth of the seats (and at most five) are left. */
export function availabilityState(capacity: number | undefined, taken: number, waiting: number): Exclude<AvailabilityState, 'cancelled'> {
  if (capacity === undefined) return 'open';
  const left = capacity - taken;
  if (left <= 0 || waiting > 0) return 'full-waitlist';
  return left <= Math.min(5, Math.ceil(capacity / 5)) ? 'few' : 'open';
}

/** Live seats of the given runs, keyed by run id. Capacity comes from the content; a run nobody signed up for yet has all seats free. */
export async function availability(
  db: Kysely<Database>,
  runIds: readonly string[],
  policies: readonly RunPolicy[],
): Promise<Map<string, RunAvailability>> {
  const wanted = policies.filter((policy) => runIds.includes(policy.runId));
  const rows = wanted.length
    ? await db.selectFrom('runs').select(['id', 'taken', 'waiting', 'cancelled_at']).where('id', 'in', wanted.map(runKey)).execute()
    : [];
  const counts = new Map(rows.map((row) => [row.id, row]));
  return new Map(
    wanted.map((policy) => {
      const row = counts.get(runKey(policy));
      const taken = row?.taken ?? 0;
      const waiting = row?.waiting ?? 0;
      const state = row?.cancelled_at ? 'cancelled' : availabilityState(policy.capacity, taken, waiting);
      return [policy.runId, { capacity: policy.capacity, taken, waiting, state }];
    }),
  );
}
