import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isPostgres } from '@/lib/db/dialect';
import type { Database, DbExecutor } from '@/lib/db/schema';
import type { Envelope, MailTransport, OutgoingMail } from './message';

/** Call inside the transaction that changes the state the message tells about: both happen, or neither. */
export async function enqueueMail(
  trx: DbExecutor,
  to: string,
  mail: OutgoingMail,
  now: Date,
  registrationId?: string,
  adviceId?: string,
): Promise<string> {
  const id = randomUUID();
  await trx
    .insertInto('outbox')
    .values({
      id,
      registration_id: registrationId ?? null,
      to_address: to,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html ?? null,
      attachments: mail.attachments?.length ? JSON.stringify(mail.attachments) : null,
      reply_to: mail.replyTo ?? null,
      advice_id: adviceId ?? null,
      created_at: now.toISOString(),
      next_attempt_at: now.toISOString(),
    })
    .execute();
  return id;
}

export interface DeliveryOptions {
  now: Date;
  /** Messages claimed per call. */
  batch?: number;
  /** How long a claimed message stays with this worker before another may take it over (a crashed worker). */
  leaseMs?: number;
}

export interface DeliveryReport {
  sent: number;
  failed: number;
}

const minute = 60_000;

/** 1, 2, 4 … minutes after each failed try, at most an hour apart. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60 * minute, minute * 2 ** Math.max(0, attempts - 1));
}

/**
 * Takes due messages and sends them. A message is claimed (a lease written in
 * one UPDATE) before it is sent and marked sent right after, so two workers
 * never send the same message; on PostgreSQL the claim skips rows another
 * worker is claiming (FOR UPDATE SKIP LOCKED), SQLite has one writer anyway.
 * The one gap: a worker killed between the SMTP server's acceptance and the
 * mark leaves a message that is sent again after the lease, with the same
 * Message-ID.
 */
export async function deliverPending(db: Kysely<Database>, transport: MailTransport, options: DeliveryOptions): Promise<DeliveryReport> {
  const now = options.now.toISOString();
  const leaseUntil = new Date(options.now.getTime() + (options.leaseMs ?? 5 * minute)).toISOString();
  const postgres = isPostgres(db);
  const claimed = await db
    .updateTable('outbox')
    .set((eb) => ({ locked_until: leaseUntil, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', (eb) => {
      const due = eb
        .selectFrom('outbox')
        .select('id')
        .where('sent_at', 'is', null)
        .where('next_attempt_at', '<=', now)
        .where((w) => w.or([w('locked_until', 'is', null), w('locked_until', '<=', now)]))
        .orderBy('created_at')
        .limit(options.batch ?? 20);
      return postgres ? due.forUpdate().skipLocked() : due;
    })
    // Checked again on the row itself: what decides is the row as the UPDATE finds it.
    .where('sent_at', 'is', null)
    .where((w) => w.or([w('locked_until', 'is', null), w('locked_until', '<=', now)]))
    .returningAll()
    .execute();

  const report: DeliveryReport = { sent: 0, failed: 0 };
  for (const row of claimed.sort((a, b) => a.created_at.localeCompare(b.created_at))) {
    const envelope: Envelope = {
      id: row.id,
      to: row.to_address,
      subject: row.subject,
      text: row.text_body,
      html: row.html_body ?? undefined,
      attachments: row.attachments ? JSON.parse(row.attachments) : undefined,
      replyTo: row.reply_to ?? undefined,
    };
    try {
      await transport.send(envelope);
      await db.updateTable('outbox').set({ sent_at: now, locked_until: null, last_error: null }).where('id', '=', row.id).execute();
      report.sent += 1;
    } catch (error) {
      const retryAt = new Date(options.now.getTime() + retryDelayMs(row.attempts)).toISOString();
      const message = error instanceof Error ? error.message : String(error);
      await db
        .updateTable('outbox')
        .set({ next_attempt_at: retryAt, locked_until: null, last_error: message.slice(0, 500) })
        .where('id', '=', row.id)
        .execute();
      report.failed += 1;
    }
  }
  return report;
}
