import type { Kysely } from 'kysely';
import { deleteAuditPastRetention } from '@/lib/audit/log';
import type { Database } from '@/lib/db/schema';
import { cancelEveryoneOnRun } from './cancel-run';
import { endRegistration, lockRun, offerFreeSeats, syncRun } from './runs';
import { registrationSettings, type RegistrationSettings, subtractMonths } from './settings';
import type { ComposeMail, RunPolicy } from './types';

export interface MaintenanceOptions {
  mail: ComposeMail;
  settings?: RegistrationSettings;
}

export interface MaintenanceReport {
  expiredHolds: number;
  expiredOffers: number;
  offered: number;
  deletedRegistrations: number;
  /** People told that the content cancelled their run. */
  runCancelledNotices: number;
}

/**
 * The scheduled job, safe to run on every server at once: releases holds and
 * offers past their time (each seat goes to the next in line), offers seats
 * a larger capacity has freed, and deletes personal data past retention.
 * Every step is its own short transaction whose UPDATE is conditional, so two
 * servers never release the same seat twice.
 */
export async function runMaintenance(
  db: Kysely<Database>,
  policies: readonly RunPolicy[],
  now: Date,
  options: MaintenanceOptions,
): Promise<MaintenanceReport> {
  const settings = options.settings ?? registrationSettings();
  const context = { now, offerHours: settings.offerHours, mail: options.mail };
  const report: MaintenanceReport = { expiredHolds: 0, expiredOffers: 0, offered: 0, deletedRegistrations: 0, runCancelledNotices: 0 };

  // The content may have changed capacity or cancelled a run since the last registration.
  for (const policy of policies) {
    report.offered += await db.transaction().execute(async (trx) => {
      const key = `${policy.courseSlug}/${policy.runId}`;
      const stored = await trx.selectFrom('runs').select(['id', 'cancelled']).where('id', '=', key).executeTakeFirst();
      if (!stored) return 0;
      if (policy.cancelled && stored.cancelled === 0) {
        // An editor cancelled the run: everyone on it is told, once (the flag is set in the same step).
        await lockRun(trx, key);
        report.runCancelledNotices += await cancelEveryoneOnRun(trx, key, { now, mail: options.mail, actor: null });
      }
      await syncRun(trx, policy);
      return offerFreeSeats(trx, stored.id, context);
    });
  }

  const stamp = now.toISOString();
  const due = await db
    .selectFrom('registrations')
    .select(['id', 'run_id', 'status'])
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'held'), eb('hold_expires_at', '<=', stamp)]),
        eb.and([eb('status', '=', 'offered'), eb('offer_expires_at', '<=', stamp)]),
      ]),
    )
    .orderBy('created_at')
    .execute();
  for (const registration of due) {
    const ended = await db.transaction().execute((trx) => endRegistration(trx, registration, 'expired', context));
    if (ended && registration.status === 'held') report.expiredHolds += 1;
    if (ended && registration.status === 'offered') report.expiredOffers += 1;
  }

  report.deletedRegistrations = await deletePastRetention(db, subtractMonths(now, settings.retentionMonths));
  await deleteAuditPastRetention(db, subtractMonths(now, settings.auditRetentionMonths));
  await db.deleteFrom('rate_limits').where('expires_at', '<=', stamp).execute();
  await db.deleteFrom('tokens').where('expires_at', '<=', subtractMonths(now, 1).toISOString()).execute();
  return report;
}

/**
 * Deletes, for real, everyone registered for runs that ended before `cutoff`,
 * with their tokens and their e-mails in the outbox. The run's counters stay:
 * they are not personal.
 */
export async function deletePastRetention(db: Kysely<Database>, cutoff: Date): Promise<number> {
  const runs = await db.selectFrom('runs').select('id').where('ends_at', '<=', cutoff.toISOString()).execute();
  let deleted = 0;
  for (const { id } of runs) {
    deleted += await db.transaction().execute(async (trx) => {
      await lockRun(trx, id);
      const ofRun = trx.selectFrom('registrations').select('id').where('run_id', '=', id);
      await trx.deleteFrom('outbox').where('registration_id', 'in', ofRun).execute();
      await trx.deleteFrom('tokens').where('registration_id', 'in', ofRun).execute();
      await trx.deleteFrom('registration_events').where('registration_id', 'in', ofRun).execute();
      const result = await trx.deleteFrom('registrations').where('run_id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows);
    });
  }
  return deleted;
}
