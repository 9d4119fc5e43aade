import type { Kysely, Transaction } from 'kysely';
import type { Database, TokenPurpose } from '@/lib/db/schema';
import { enqueueMail } from '@/lib/mail/outbox';
import { recordEvent } from './history';
import { endRegistration, lockRun, splitRunKey } from './runs';
import { registrationSettings, type RegistrationSettings } from './settings';
import { hashToken } from './tokens';
import type { ComposeMail } from './types';

async function holderOf(trx: Transaction<Database>, token: string, purpose: TokenPurpose) {
  return trx
    .selectFrom('tokens')
    .innerJoin('registrations', 'registrations.id', 'tokens.registration_id')
    .innerJoin('runs', 'runs.id', 'registrations.run_id')
    .select([
      'tokens.expires_at as token_expires_at',
      'registrations.id',
      'registrations.run_id',
      'registrations.status',
      'registrations.name',
      'registrations.email',
      'registrations.locale',
      'registrations.hold_expires_at',
      'registrations.offer_expires_at',
      'runs.starts_at',
    ])
    .where('tokens.hash', '=', hashToken(token))
    .where('tokens.purpose', '=', purpose)
    .executeTakeFirst();
}

const isPast = (iso: string | null, now: Date) => iso !== null && iso <= now.toISOString();

type SettleOutcome = 'confirmed' | 'already' | 'expired' | 'unknown';

/** Turns a held or offered seat into a confirmed one through its link, unless its time has run out. */
async function settle(db: Kysely<Database>, token: string, now: Date, purpose: 'confirm' | 'offer'): Promise<SettleOutcome> {
  const from = purpose === 'confirm' ? 'held' : 'offered';
  return db.transaction().execute(async (trx) => {
    const found = await holderOf(trx, token, purpose);
    if (!found) return 'unknown';
    if (found.status === 'confirmed') return 'already';
    if (found.status !== from || isPast(purpose === 'confirm' ? found.hold_expires_at : found.offer_expires_at, now)) return 'expired';
    const done = await trx
      .updateTable('registrations')
      .set({ status: 'confirmed', confirmed_at: now.toISOString() })
      .where('id', '=', found.id)
      .where('status', '=', from)
      .returning('id')
      .executeTakeFirst();
    if (!done) return 'expired';
    await recordEvent(trx, found.id, purpose === 'confirm' ? 'confirmed' : 'offer-accepted', now);
    return 'confirmed';
  });
}

/**
 * Confirms a held seat through the e-mailed link. A hold past its time answers
 * 'expired' even before the maintenance job has released it.
 */
export function confirm(db: Kysely<Database>, token: string, now: Date): Promise<SettleOutcome> {
  return settle(db, token, now, 'confirm');
}

/** Accepts an offered seat through the e-mailed link. The link proved the address, so the seat is theirs at once. */
export function acceptOffer(db: Kysely<Database>, token: string, now: Date): Promise<SettleOutcome> {
  return settle(db, token, now, 'offer');
}

export interface CancelOptions {
  mail: ComposeMail;
  settings?: RegistrationSettings;
}

/**
 * Cancels through the link every e-mail carries, until the run starts. The
 * seat is free at once: in the same transaction it is offered to the first on
 * the waiting list.
 */
export async function cancel(
  db: Kysely<Database>,
  token: string,
  now: Date,
  options: CancelOptions,
): Promise<'cancelled' | 'already' | 'too-late' | 'unknown'> {
  const settings = options.settings ?? registrationSettings();
  return db.transaction().execute(async (trx) => {
    const first = await holderOf(trx, token, 'cancel');
    if (!first) return 'unknown';
    await lockRun(trx, first.run_id);
    // Read again under the run's lock: a confirmation or an expiry may have come first.
    const found = (await holderOf(trx, token, 'cancel'))!;
    if (found.status === 'cancelled' || found.status === 'expired') return 'already';
    if (found.starts_at <= now.toISOString()) return 'too-late';
    const context = { now, offerHours: settings.offerHours, mail: options.mail };
    if (!(await endRegistration(trx, found, 'cancelled', context))) return 'already';
    const { courseSlug, runId } = splitRunKey(found.run_id);
    await enqueueMail(
      trx,
      found.email,
      options.mail({ kind: 'cancelled', locale: found.locale, name: found.name, courseSlug, runId }),
      now,
      found.id,
    );
    return 'cancelled';
  });
}
