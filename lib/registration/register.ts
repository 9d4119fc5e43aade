import type { Kysely, Transaction } from 'kysely';
import { isUniqueViolation } from '@/lib/db/errors';
import type { Database, RegistrationsTable } from '@/lib/db/schema';
import { enqueueMail } from '@/lib/mail/outbox';
import { recordEvent } from './history';
import { ensureRun, runKey } from './runs';
import { addHours, earlier, registrationSettings, type RegistrationSettings } from './settings';
import { issueTokens, randomId } from './tokens';
import type { ComposeMail, Registrant, RegisterOutcome, RunPolicy } from './types';

export interface RegisterOptions {
  /** The form's idempotency token: the same key again gets the first answer, no second row or e-mail. */
  idempotencyKey?: string;
  now: Date;
  mail: ComposeMail;
  settings?: RegistrationSettings;
}

function closedReason(policy: RunPolicy, now: Date): 'deadline' | 'cancelled' | 'started' | undefined {
  if (policy.cancelled) return 'cancelled';
  if (now.getTime() >= policy.firstSessionStart.getTime()) return 'started';
  if (now.getTime() >= policy.registrationDeadline.getTime()) return 'deadline';
  return undefined;
}

type Answered = Pick<RegistrationsTable, 'receipt' | 'first_outcome' | 'first_place' | 'hold_expires_at'>;

function firstOutcome(row: Answered): RegisterOutcome {
  return row.first_outcome === 'held'
    ? { kind: 'held', receipt: row.receipt, holdExpiresAt: new Date(row.hold_expires_at!) }
    : { kind: 'waiting', receipt: row.receipt, place: row.first_place! };
}

async function byIdempotencyKey(db: Kysely<Database>, key: string | undefined): Promise<RegisterOutcome | undefined> {
  if (!key) return undefined;
  const row = await db
    .selectFrom('registrations')
    .select(['receipt', 'first_outcome', 'first_place', 'hold_expires_at'])
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  return row && firstOutcome(row);
}

async function activeRegistration(db: Kysely<Database>, policy: RunPolicy, email: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('registrations')
    .select('receipt')
    .where('run_id', '=', runKey(policy))
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .where('status', 'in', ['held', 'confirmed', 'waiting', 'offered'])
    .executeTakeFirst();
  return row?.receipt;
}

/**
 * A seat if one is free and nobody waits for it: one conditional UPDATE, the
 * heart of "never overbooked". It carries the content's capacity, so an edit
 * applies from the next registration on; the CHECK on the row still refuses
 * anything beyond the stored capacity.
 */
async function takeSeat(trx: Transaction<Database>, run: string, capacity: number | undefined): Promise<boolean> {
  let update = trx
    .updateTable('runs')
    .set((eb) => ({ taken: eb('taken', '+', 1), capacity: capacity ?? null }))
    .where('id', '=', run)
    .where('waiting', '=', 0);
  if (capacity !== undefined) update = update.where('taken', '<', capacity);
  return (await update.returning('taken').executeTakeFirst()) !== undefined;
}

/**
 * The next place in line, from the run's own counters. The UPDATE holds the
 * run's row until commit, so on PostgreSQL concurrent joiners queue on it and
 * get 1, 2, 3 … without gaps. Its condition is the opposite of takeSeat's, so
 * a seat freed between the two statements is never skipped.
 */
async function joinWaitingList(
  trx: Transaction<Database>,
  run: string,
  capacity: number | undefined,
): Promise<{ place: number; seq: number } | undefined> {
  if (capacity === undefined) return undefined;
  const row = await trx
    .updateTable('runs')
    .set((eb) => ({ waiting: eb('waiting', '+', 1), waiting_seq: eb('waiting_seq', '+', 1) }))
    .where('id', '=', run)
    .where((eb) => eb.or([eb('waiting', '>', 0), eb('taken', '>=', capacity)]))
    .returning(['waiting', 'waiting_seq'])
    .executeTakeFirst();
  return row && { place: row.waiting, seq: row.waiting_seq };
}

async function registerInTransaction(
  trx: Transaction<Database>,
  policy: RunPolicy,
  registrant: Registrant,
  options: RegisterOptions,
  settings: RegistrationSettings,
): Promise<RegisterOutcome> {
  const { now } = options;
  const run = runKey(policy);
  await ensureRun(trx, policy);
  // Staff may have cancelled the run after this page was rendered.
  const stored = await trx.selectFrom('runs').select('cancelled_at').where('id', '=', run).executeTakeFirstOrThrow();
  if (stored.cancelled_at) return { kind: 'closed', reason: 'cancelled' };
  const base = {
    id: randomId(),
    run_id: run,
    receipt: randomId(),
    idempotency_key: options.idempotencyKey ?? null,
    name: registrant.name,
    email: registrant.email.trim(),
    organisation_kind: registrant.organisationKind,
    organisation: registrant.organisation,
    role: registrant.role,
    phone: registrant.phone || null,
    note: registrant.note || null,
    locale: registrant.locale,
    created_at: now.toISOString(),
  };
  const mailBase = { locale: registrant.locale, name: registrant.name, courseSlug: policy.courseSlug, runId: policy.runId };
  const cancelUntil = policy.firstSessionStart;

  // A seat, or else a place in line; a seat freed between the two tries is caught by the second's condition.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (await takeSeat(trx, run, policy.capacity)) {
      const holdExpiresAt = earlier(addHours(now, settings.holdHours), policy.firstSessionStart);
      await trx
        .insertInto('registrations')
        .values({
          ...base,
          status: 'held',
          first_outcome: 'held',
          first_place: null,
          waiting_seq: null,
          hold_expires_at: holdExpiresAt.toISOString(),
        })
        .execute();
      const [confirmToken, cancelToken] = await issueTokens(trx, base.id, [
        ['confirm', holdExpiresAt],
        ['cancel', cancelUntil],
      ]);
      await enqueueMail(
        trx,
        base.email,
        options.mail({ ...mailBase, kind: 'confirm', confirmToken, cancelToken, holdExpiresAt }),
        now,
        base.id,
      );
      await recordEvent(trx, base.id, 'held', now);
      return { kind: 'held', receipt: base.receipt, holdExpiresAt };
    }
    const line = await joinWaitingList(trx, run, policy.capacity);
    if (line) {
      await trx
        .insertInto('registrations')
        .values({ ...base, status: 'waiting', first_outcome: 'waiting', first_place: line.place, waiting_seq: line.seq })
        .execute();
      const [cancelToken] = await issueTokens(trx, base.id, [['cancel', cancelUntil]]);
      await enqueueMail(trx, base.email, options.mail({ ...mailBase, kind: 'waiting', place: line.place, cancelToken }), now, base.id);
      await recordEvent(trx, base.id, 'waiting', now);
      return { kind: 'waiting', receipt: base.receipt, place: line.place };
    }
  }
  throw new Error(`register: the seats of ${run} kept changing; try again`);
}

/**
 * Registers one person for one run: a held seat (to confirm by e-mail), a
 * place on the waiting list, or a clear no. Everything it writes (the seat
 * count, the registration, its tokens, its e-mail) commits together or not
 * at all.
 */
export async function register(
  db: Kysely<Database>,
  policy: RunPolicy,
  registrant: Registrant,
  options: RegisterOptions,
): Promise<RegisterOutcome> {
  const repeated = await byIdempotencyKey(db, options.idempotencyKey);
  if (repeated) return repeated;
  const reason = closedReason(policy, options.now);
  if (reason) return { kind: 'closed', reason };
  const settings = options.settings ?? registrationSettings();
  try {
    return await db.transaction().execute((trx) => registerInTransaction(trx, policy, registrant, options, settings));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Lost a race to a request with the same key (a double click), or the person is already on this run.
    const first = await byIdempotencyKey(db, options.idempotencyKey);
    if (first) return first;
    const receipt = await activeRegistration(db, policy, registrant.email);
    if (receipt) return { kind: 'already-registered', receipt };
    throw error;
  }
}
