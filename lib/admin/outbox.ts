import type { Kysely } from 'kysely';
import { type Actor, recordAudit } from '@/lib/audit/log';
import type { Database } from '@/lib/db/schema';

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  createdAt: Date;
  attempts: number;
  nextAttemptAt: Date;
  sentAt: Date | null;
  lastError: string | null;
  runId: string | null;
}

export interface OutboxView {
  /** Not sent yet and not failed: waiting for the next round of the worker. */
  waiting: OutboxMessage[];
  /** Not sent, and the last try failed: the error says why. */
  failed: OutboxMessage[];
  /** The latest sent, newest first. */
  sent: OutboxMessage[];
}

export async function loadOutbox(db: Kysely<Database>, sentLimit = 50): Promise<OutboxView> {
  const base = db
    .selectFrom('outbox')
    .leftJoin('registrations', 'registrations.id', 'outbox.registration_id')
    .select([
      'outbox.id',
      'outbox.to_address',
      'outbox.subject',
      'outbox.created_at',
      'outbox.attempts',
      'outbox.next_attempt_at',
      'outbox.sent_at',
      'outbox.last_error',
      'registrations.run_id',
    ]);
  const [unsent, sent] = await Promise.all([
    base.where('outbox.sent_at', 'is', null).orderBy('outbox.created_at').execute(),
    base.where('outbox.sent_at', 'is not', null).orderBy('outbox.sent_at', 'desc').limit(sentLimit).execute(),
  ]);
  const view = (row: (typeof unsent)[number]): OutboxMessage => ({
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    createdAt: new Date(row.created_at),
    attempts: row.attempts,
    nextAttemptAt: new Date(row.next_attempt_at),
    sentAt: row.sent_at ? new Date(row.sent_at) : null,
    lastError: row.last_error,
    runId: row.run_id,
  });
  return {
    waiting: unsent.filter((row) => row.last_error === null).map(view),
    failed: unsent.filter((row) => row.last_error !== null).map(view),
    sent: sent.map(view),
  };
}

export type RetryOutcome = 'queued' | 'already-sent' | 'unknown';

/** Puts an unsent message first in line for the worker's next round, instead of its back-off time. */
export async function retryMessage(db: Kysely<Database>, id: string, now: Date, actor: Actor): Promise<RetryOutcome> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('outbox').select(['sent_at', 'registration_id']).where('id', '=', id).executeTakeFirst();
    if (!row) return 'unknown';
    if (row.sent_at) return 'already-sent';
    await trx.updateTable('outbox').set({ next_attempt_at: now.toISOString() }).where('id', '=', id).where('sent_at', 'is', null).execute();
    await recordAudit(trx, actor, { action: 'retried-mail', registrationId: row.registration_id ?? undefined, detail: id }, now);
    return 'queued';
  });
}
