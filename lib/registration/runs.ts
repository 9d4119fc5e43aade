import { sql, type Transaction } from 'kysely';
import { enqueueMail } from '@/lib/mail/outbox';
import type { Database, RegistrationEvent, RegistrationsTable } from '@/lib/db/schema';
import { recordEvent } from './history';
import { addHours, earlier } from './settings';
import { issueTokens } from './tokens';
import type { ComposeMail, RunPolicy } from './types';

/** The database key of a run: run ids are unique only within their course. */
export function runKey(policy: Pick<RunPolicy, 'courseSlug' | 'runId'>): string {
  return `${policy.courseSlug}/${policy.runId}`;
}

export function splitRunKey(key: string): { courseSlug: string; runId: string } {
  const slash = key.indexOf('/');
  return { courseSlug: key.slice(0, slash), runId: key.slice(slash + 1) };
}

/**
 * Creates the run's row or brings it in line with the content. A capacity cut
 * below the seats already taken is not applied (the CHECK would refuse it):
 * people keep the seats they have.
 */
function runValues(policy: RunPolicy) {
  return {
    id: runKey(policy),
    capacity: policy.capacity ?? null,
    starts_at: policy.firstSessionStart.toISOString(),
    ends_at: policy.lastSessionEnd.toISOString(),
    cancelled: policy.cancelled ? 1 : 0,
  };
}

/**
 * Creates the run's row if it is missing, without touching an existing one:
 * on PostgreSQL this takes no lock on the row, so registrations hold the
 * run's lock only from their seat UPDATE on. (The seat UPDATE itself carries
 * the content's capacity; maintenance syncs the dates.)
 */
export async function ensureRun(trx: Transaction<Database>, policy: RunPolicy): Promise<void> {
  await trx
    .insertInto('runs')
    .values(runValues(policy))
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

export async function syncRun(trx: Transaction<Database>, policy: RunPolicy): Promise<void> {
  await trx
    .insertInto('runs')
    .values(runValues(policy))
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        capacity: sql`case when excluded.capacity is null or runs.taken <= excluded.capacity then excluded.capacity else runs.capacity end`,
        starts_at: (eb) => eb.ref('excluded.starts_at'),
        ends_at: (eb) => eb.ref('excluded.ends_at'),
        // A run staff cancelled stays cancelled whatever the content says: its people were told.
        cancelled: sql`case when runs.cancelled_at is not null then 1 else excluded.cancelled end`,
      }),
    )
    .execute();
}

/** A write that changes nothing but takes the row's lock until the transaction ends (SQLite locks the whole file anyway). */
export async function lockRun(trx: Transaction<Database>, runId: string): Promise<void> {
  await trx
    .updateTable('runs')
    .set((eb) => ({ taken: eb.ref('taken') }))
    .where('id', '=', runId)
    .execute();
}

export interface SeatContext {
  now: Date;
  offerHours: number;
  mail?: ComposeMail;
  /** The staff member acting, for the registration's history; absent for participants and the job. */
  actor?: string;
}

/**
 * Offers free seats to the people first in line, for as long as there are
 * both. Each offer is one conditional UPDATE of the run's counters, so it
 * cannot hand out a seat that is not there; the caller's transaction already
 * holds the run's row, so the one first in line cannot change under it.
 * Without a mail composer (confirming a seat needs none) nothing is offered:
 * the next maintenance run does it.
 */
export async function offerFreeSeats(trx: Transaction<Database>, runId: string, context: SeatContext): Promise<number> {
  if (!context.mail) return 0;
  let offered = 0;
  for (;;) {
    const run = await trx
      .updateTable('runs')
      .set((eb) => ({ taken: eb('taken', '+', 1), waiting: eb('waiting', '-', 1) }))
      .where('id', '=', runId)
      .where('waiting', '>', 0)
      .where('cancelled', '=', 0)
      .where('starts_at', '>', context.now.toISOString())
      .where((eb) => eb.or([eb('capacity', 'is', null), eb('taken', '<', eb.ref('capacity'))]))
      .returning(['starts_at'])
      .executeTakeFirst();
    if (!run) return offered;
    const next = await trx
      .selectFrom('registrations')
      .selectAll()
      .where('run_id', '=', runId)
      .where('status', '=', 'waiting')
      .orderBy('waiting_seq')
      .limit(1)
      .executeTakeFirstOrThrow();
    const expiresAt = earlier(addHours(context.now, context.offerHours), new Date(run.starts_at));
    await trx
      .updateTable('registrations')
      .set({ status: 'offered', offer_expires_at: expiresAt.toISOString() })
      .where('id', '=', next.id)
      .execute();
    const [acceptToken, cancelToken] = await issueTokens(trx, next.id, [
      ['offer', expiresAt],
      ['cancel', new Date(run.starts_at)],
    ]);
    const { courseSlug, runId: contentRunId } = splitRunKey(runId);
    const mail = context.mail({
      kind: 'offer',
      locale: next.locale,
      name: next.name,
      courseSlug,
      runId: contentRunId,
      acceptToken,
      cancelToken,
      offerExpiresAt: expiresAt,
    });
    await enqueueMail(trx, next.email, mail, context.now, next.id);
    await recordEvent(trx, next.id, 'offered', context.now);
    offered += 1;
  }
}

/**
 * Ends a registration that occupies something (a seat, or a place in line)
 * and gives it on. The UPDATE of the registration is conditional on the
 * status it was read with, so two callers racing to end the same one (a
 * cancel and the expiry job) cannot both free its seat.
 */
export async function endRegistration(
  trx: Transaction<Database>,
  registration: Pick<RegistrationsTable, 'id' | 'run_id' | 'status'>,
  to: 'cancelled' | 'expired',
  context: SeatContext,
  event: RegistrationEvent = to === 'cancelled' ? 'cancelled' : registration.status === 'offered' ? 'offer-expired' : 'hold-expired',
): Promise<boolean> {
  // Every change of seats takes the run's row first, then registrations: one lock order, no deadlock on PostgreSQL.
  await lockRun(trx, registration.run_id);
  const ended = await trx
    .updateTable('registrations')
    .set({ status: to, ended_at: context.now.toISOString() })
    .where('id', '=', registration.id)
    .where('status', '=', registration.status)
    .returning('id')
    .executeTakeFirst();
  if (!ended) return false;
  await recordEvent(trx, registration.id, event, context.now, context.actor ?? null);
  if (registration.status === 'waiting') {
    await trx
      .updateTable('runs')
      .set((eb) => ({ waiting: eb('waiting', '-', 1) }))
      .where('id', '=', registration.run_id)
      .execute();
  } else {
    await trx
      .updateTable('runs')
      .set((eb) => ({ taken: eb('taken', '-', 1) }))
      .where('id', '=', registration.run_id)
      .execute();
    await offerFreeSeats(trx, registration.run_id, context);
  }
  // Its links stay until maintenance clears them, so a late click is told "expired" rather than "unknown".
  return true;
}
