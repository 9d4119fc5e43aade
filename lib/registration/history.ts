import type { DbExecutor, RegistrationEvent } from '@/lib/db/schema';
import { randomId } from './tokens';

/** One line of a registration's history, written in the transaction that made it true. */
export async function recordEvent(
  trx: DbExecutor,
  registrationId: string,
  event: RegistrationEvent,
  now: Date,
  actor: string | null = null,
): Promise<void> {
  await trx
    .insertInto('registration_events')
    .values({ id: randomId(), registration_id: registrationId, at: now.toISOString(), event, actor })
    .execute();
}

export interface HistoryEntry {
  at: Date;
  event: RegistrationEvent;
  actor: string | null;
}

export async function registrationHistory(db: DbExecutor, registrationId: string): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom('registration_events')
    .select(['at', 'event', 'actor'])
    .where('registration_id', '=', registrationId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ at: new Date(row.at), event: row.event, actor: row.actor }));
}
