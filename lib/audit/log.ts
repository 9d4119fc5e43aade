import type { AuditAction, DbExecutor } from '@/lib/db/schema';
import { randomId } from '@/lib/registration/tokens';

/** Who did it: the signed-in staff member, as the provider named them. */
export interface Actor {
  /** E-mail when the provider gave one, else the subject. */
  id: string;
  name?: string;
}

export interface AuditEntryInput {
  action: AuditAction;
  runId?: string;
  registrationId?: string;
  /** A short fact about the action (the reason, a count); never a participant's personal data. */
  detail?: string;
}

/** Written in the same transaction as the action, so the log never claims what did not happen. */
export async function recordAudit(trx: DbExecutor, actor: Actor, entry: AuditEntryInput, now: Date): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      id: randomId(),
      at: now.toISOString(),
      actor: actor.id,
      actor_name: actor.name ?? null,
      action: entry.action,
      run_id: entry.runId ?? null,
      registration_id: entry.registrationId ?? null,
      detail: entry.detail ?? null,
    })
    .execute();
}

export interface AuditEntry {
  at: Date;
  actor: string;
  actorName: string | null;
  action: AuditAction;
  runId: string | null;
  registrationId: string | null;
  detail: string | null;
  /** The participant's name while their registration still exists. */
  participantName: string | null;
}

export const AUDIT_PAGE_SIZE = 100;

/** Newest first, a page at a time; `before` is the last entry's time of the previous page. */
export async function listAudit(db: DbExecutor, options: { before?: string; limit?: number } = {}): Promise<AuditEntry[]> {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('registrations', 'registrations.id', 'audit_log.registration_id')
    .selectAll('audit_log')
    .select('registrations.name as participant_name')
    .orderBy('audit_log.at', 'desc')
    .orderBy('audit_log.id', 'desc')
    .limit(options.limit ?? AUDIT_PAGE_SIZE);
  if (options.before) query = query.where('audit_log.at', '<', options.before);
  const rows = await query.execute();
  return rows.map((row) => ({
    at: new Date(row.at),
    actor: row.actor,
    actorName: row.actor_name,
    action: row.action,
    runId: row.run_id,
    registrationId: row.registration_id,
    detail: row.detail,
    participantName: row.participant_name,
  }));
}

export async function deleteAuditPastRetention(db: DbExecutor, cutoff: Date): Promise<number> {
  const result = await db.deleteFrom('audit_log').where('at', '<', cutoff.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
