import type { Kysely, Transaction } from 'kysely';
import { type Actor, recordAudit } from '@/lib/audit/log';
import type { Database, RegistrationsTable } from '@/lib/db/schema';
import { enqueueMail } from '@/lib/mail/outbox';
import { cancelEveryoneOnRun } from './cancel-run';
import { recordEvent } from './history';
import { placeInLine } from './queries';
import { endRegistration, ensureRun, lockRun, offerFreeSeats, runKey, splitRunKey } from './runs';
import { addHours, earlier, registrationSettings, type RegistrationSettings } from './settings';
import { issueTokens } from './tokens';
import type { ComposeMail, RunPolicy } from './types';

/**
 * What staff do in the back office. Each action is one transaction that also writes the
 * registration's history and the audit log, and queues the e-mails it causes: all of it happens,
 * or none.
 */
export interface StaffOptions {
  now: Date;
  actor: Actor;
  mail: ComposeMail;
  settings?: RegistrationSettings;
}

type Row = RegistrationsTable & { starts_at: string; run_cancelled: number };

async function registrationRow(trx: Transaction<Database>, id: string): Promise<Row | undefined> {
  return trx
    .selectFrom('registrations')
    .innerJoin('runs', 'runs.id', 'registrations.run_id')
    .selectAll('registrations')
    .select(['runs.starts_at', 'runs.cancelled as run_cancelled'])
    .where('registrations.id', '=', id)
    .executeTakeFirst();
}

/** Reads the registration under its run's lock, so what the action decides on cannot change under it. */
async function lockedRegistration(trx: Transaction<Database>, id: string): Promise<Row | undefined> {
  const first = await registrationRow(trx, id);
  if (!first) return undefined;
  await lockRun(trx, first.run_id);
  return registrationRow(trx, id);
}

const mailBase = (row: Row) => ({ locale: row.locale, name: row.name, ...splitRunKey(row.run_id) });

/**
 * Gives one free seat to one person on the waiting list, whatever their place in line: one
 * conditional UPDATE of the counters, as for the automatic offers.
 */
async function offerSeatTo(trx: Transaction<Database>, row: Row, options: StaffOptions, offerHours: number): Promise<boolean> {
  const seat = await trx
    .updateTable('runs')
    .set((eb) => ({ taken: eb('taken', '+', 1), waiting: eb('waiting', '-', 1) }))
    .where('id', '=', row.run_id)
    .where('waiting', '>', 0)
    .where('cancelled', '=', 0)
    .where((eb) => eb.or([eb('capacity', 'is', null), eb('taken', '<', eb.ref('capacity'))]))
    .returning('starts_at')
    .executeTakeFirst();
  if (!seat) return false;
  const expiresAt = earlier(addHours(options.now, offerHours), new Date(seat.starts_at));
  await trx
    .updateTable('registrations')
    .set({ status: 'offered', offer_expires_at: expiresAt.toISOString() })
    .where('id', '=', row.id)
    .where('status', '=', 'waiting')
    .execute();
  const [acceptToken, cancelToken] = await issueTokens(trx, row.id, [
    ['offer', expiresAt],
    ['cancel', new Date(seat.starts_at)],
  ]);
  await enqueueMail(
    trx,
    row.email,
    options.mail({ ...mailBase(row), kind: 'offer', acceptToken, cancelToken, offerExpiresAt: expiresAt }),
    options.now,
    row.id,
  );
  await recordEvent(trx, row.id, 'offered-by-staff', options.now, options.actor.id);
  return true;
}

export type StaffCancelOutcome = 'cancelled' | 'not-active' | 'unknown';

/**
 * Cancels a participant's place and tells them. The freed seat goes to `giveSeatTo` when that
 * person is still waiting, else to the first in line, as when a participant cancels.
 */
export async function cancelRegistrationByStaff(
  db: Kysely<Database>,
  id: string,
  options: StaffOptions & { giveSeatTo?: string },
): Promise<StaffCancelOutcome> {
  const settings = options.settings ?? registrationSettings();
  return db.transaction().execute(async (trx) => {
    const row = await lockedRegistration(trx, id);
    if (!row) return 'unknown';
    if (row.status === 'cancelled' || row.status === 'expired') return 'not-active';
    const chosen = options.giveSeatTo ? await registrationRow(trx, options.giveSeatTo) : undefined;
    const handOver = chosen && chosen.run_id === row.run_id && chosen.status === 'waiting' && row.status !== 'waiting';
    // With a chosen successor the automatic offer waits until they have the seat.
    const context = {
      now: options.now,
      offerHours: settings.offerHours,
      mail: handOver ? undefined : options.mail,
      actor: options.actor.id,
    };
    if (!(await endRegistration(trx, row, 'cancelled', context, 'cancelled-by-staff'))) return 'not-active';
    if (handOver) {
      await offerSeatTo(trx, chosen, options, settings.offerHours);
      await offerFreeSeats(trx, row.run_id, { ...context, mail: options.mail });
    }
    await enqueueMail(trx, row.email, options.mail({ ...mailBase(row), kind: 'cancelled', byCentre: true }), options.now, row.id);
    await recordAudit(
      trx,
      options.actor,
      {
        action: 'cancelled-registration',
        runId: row.run_id,
        registrationId: row.id,
        detail: handOver ? `seat-to:${chosen.id}` : undefined,
      },
      options.now,
    );
    return 'cancelled';
  });
}

export type OfferOutcome = 'offered' | 'not-waiting' | 'full' | 'unknown';

/** Offers a free seat to someone on the waiting list ahead of their turn. */
export async function offerSeatAheadOfTurn(db: Kysely<Database>, id: string, options: StaffOptions): Promise<OfferOutcome> {
  const settings = options.settings ?? registrationSettings();
  return db.transaction().execute(async (trx) => {
    const row = await lockedRegistration(trx, id);
    if (!row) return 'unknown';
    if (row.status !== 'waiting') return 'not-waiting';
    if (!(await offerSeatTo(trx, row, options, settings.offerHours))) return 'full';
    await recordAudit(trx, options.actor, { action: 'offered-seat', runId: row.run_id, registrationId: row.id }, options.now);
    return 'offered';
  });
}

export type ResendOutcome = 'sent' | 'not-active' | 'unknown';

/** Within this time after a resend, another resend of the same registration sends nothing. */
export const RESEND_PAUSE_MS = 60_000;

/**
 * Sends the e-mail that fits the registration's state again, with fresh links (the old ones
 * keep working until they expire): the confirm link, the offer, the waiting-list notice, or the
 * confirmed seat with its calendar.
 */
export async function resendRegistrationMail(db: Kysely<Database>, id: string, options: StaffOptions): Promise<ResendOutcome> {
  return db.transaction().execute(async (trx) => {
    const row = await lockedRegistration(trx, id);
    if (!row) return 'unknown';
    // A double click (or the form sent twice) sends one e-mail: the second finds the first's line in the history.
    const justSent = await trx
      .selectFrom('registration_events')
      .select('id')
      .where('registration_id', '=', row.id)
      .where('event', '=', 'mail-resent')
      .where('at', '>', new Date(options.now.getTime() - RESEND_PAUSE_MS).toISOString())
      .executeTakeFirst();
    if (justSent) return 'sent';
    const base = mailBase(row);
    const cancelUntil = new Date(row.starts_at);
    switch (row.status) {
      case 'held': {
        const holdExpiresAt = new Date(row.hold_expires_at!);
        const [confirmToken, cancelToken] = await issueTokens(trx, row.id, [
          ['confirm', holdExpiresAt],
          ['cancel', cancelUntil],
        ]);
        await enqueueMail(
          trx,
          row.email,
          options.mail({ ...base, kind: 'confirm', confirmToken, cancelToken, holdExpiresAt }),
          options.now,
          row.id,
        );
        break;
      }
      case 'offered': {
        const offerExpiresAt = new Date(row.offer_expires_at!);
        const [acceptToken, cancelToken] = await issueTokens(trx, row.id, [
          ['offer', offerExpiresAt],
          ['cancel', cancelUntil],
        ]);
        await enqueueMail(
          trx,
          row.email,
          options.mail({ ...base, kind: 'offer', acceptToken, cancelToken, offerExpiresAt }),
          options.now,
          row.id,
        );
        break;
      }
      case 'waiting': {
        const place = await placeInLine(trx, row.run_id, row.waiting_seq!);
        const [cancelToken] = await issueTokens(trx, row.id, [['cancel', cancelUntil]]);
        await enqueueMail(trx, row.email, options.mail({ ...base, kind: 'waiting', place, cancelToken }), options.now, row.id);
        break;
      }
      case 'confirmed': {
        const [cancelToken] = await issueTokens(trx, row.id, [['cancel', cancelUntil]]);
        await enqueueMail(trx, row.email, options.mail({ ...base, kind: 'confirmed', cancelToken }), options.now, row.id);
        break;
      }
      default:
        return 'not-active';
    }
    await recordEvent(trx, row.id, 'mail-resent', options.now, options.actor.id);
    await recordAudit(
      trx,
      options.actor,
      { action: 'resent-mail', runId: row.run_id, registrationId: row.id, detail: row.status },
      options.now,
    );
    return 'sent';
  });
}

export type CancelRunOutcome = { kind: 'cancelled'; told: number } | { kind: 'already' };

/**
 * Cancels a whole run: no more registrations, everyone on it (seat or waiting list) is cancelled
 * and e-mailed. The run stays cancelled even if the content still lists it (syncRun).
 */
export async function cancelRunByStaff(db: Kysely<Database>, policy: RunPolicy, options: StaffOptions): Promise<CancelRunOutcome> {
  const key = runKey(policy);
  return db.transaction().execute(async (trx) => {
    await ensureRun(trx, policy);
    await lockRun(trx, key);
    const run = await trx.selectFrom('runs').select('cancelled_at').where('id', '=', key).executeTakeFirstOrThrow();
    if (run.cancelled_at) return { kind: 'already' };
    await trx.updateTable('runs').set({ cancelled_at: options.now.toISOString() }).where('id', '=', key).execute();
    const told = await cancelEveryoneOnRun(trx, key, { now: options.now, mail: options.mail, actor: options.actor.id });
    await recordAudit(trx, options.actor, { action: 'cancelled-run', runId: key, detail: String(told) }, options.now);
    return { kind: 'cancelled', told };
  });
}
