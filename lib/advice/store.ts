import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { isUniqueViolation } from '@/lib/db/errors';
import type { Database } from '@/lib/db/schema';
import type { OutgoingMail } from '@/lib/mail/message';
import { enqueueMail } from '@/lib/mail/outbox';
import { newReference } from './reference';

/** The two e-mails of one request: the request to the centre's inbox, the receipt to the requester. */
export interface AdviceMails {
  centre: { to: string; mail: OutgoingMail };
  receipt: { to: string; mail: OutgoingMail };
}

export interface StoreRequestOptions {
  offer: string;
  locale: 'da' | 'en';
  idempotencyKey: string;
  now: Date;
  /** Writes both e-mails for the reference the request gets. */
  compose: (reference: string) => AdviceMails;
}

/**
 * Stores a request as its two e-mails in the outbox and a row without personal data, in one
 * transaction: both e-mails are queued or neither. The same idempotency key again (a double click,
 * a reload that posts again) gets the first reference and queues nothing.
 */
export async function storeAdviceRequest(
  db: Kysely<Database>,
  options: StoreRequestOptions,
): Promise<{ reference: string; repeated: boolean }> {
  const earlier = await referenceOf(db, options.idempotencyKey);
  if (earlier) return { reference: earlier, repeated: true };
  try {
    return await db.transaction().execute(async (trx) => {
      const id = randomUUID();
      const reference = newReference();
      await trx
        .insertInto('advice_requests')
        .values({
          id,
          reference,
          idempotency_key: options.idempotencyKey,
          offer: options.offer,
          locale: options.locale,
          created_at: options.now.toISOString(),
        })
        .execute();
      const mails = options.compose(reference);
      await enqueueMail(trx, mails.centre.to, mails.centre.mail, options.now, undefined, id);
      await enqueueMail(trx, mails.receipt.to, mails.receipt.mail, options.now, undefined, id);
      return { reference, repeated: false };
    });
  } catch (error) {
    // Two sends with one key at the same moment: the other one stored it.
    if (!isUniqueViolation(error)) throw error;
    const stored = await referenceOf(db, options.idempotencyKey);
    if (!stored) throw error;
    return { reference: stored, repeated: true };
  }
}

async function referenceOf(db: Kysely<Database>, idempotencyKey: string): Promise<string | undefined> {
  const row = await db.selectFrom('advice_requests').select('reference').where('idempotency_key', '=', idempotencyKey).executeTakeFirst();
  return row?.reference;
}

/** What the receipt page shows: nothing personal. */
export interface AdviceReceipt {
  reference: string;
  offer: string;
  createdAt: Date;
  delivered: boolean;
}

export async function adviceReceipt(db: Kysely<Database>, reference: string): Promise<AdviceReceipt | undefined> {
  const row = await db
    .selectFrom('advice_requests')
    .select(['reference', 'offer', 'created_at', 'delivered_at'])
    .where('reference', '=', reference)
    .executeTakeFirst();
  return row && { reference: row.reference, offer: row.offer, createdAt: new Date(row.created_at), delivered: row.delivered_at !== null };
}

export interface SettleOptions {
  now: Date;
  recordRetentionDays: number;
  undeliveredAlertHours: number;
  /** Where an undelivered request is reported (default: console.error, one JSON line). */
  report?: (entry: UndeliveredReport) => void;
}

export interface UndeliveredReport {
  event: 'advice-request-undelivered';
  reference: string;
  createdAt: string;
  waitingHours: number;
  attempts: number;
  lastError: string | null;
}

export interface SettleReport {
  delivered: number;
  deleted: number;
  alerted: number;
}

const hour = 3_600_000;

/**
 * After the outbox worker's round: a request whose two e-mails have both been accepted loses its
 * personal data (both outbox rows are deleted) and is marked delivered; delivered records past
 * their retention go; a request still undelivered after the alert time is reported once in the log.
 * An undelivered request is never deleted here, however old.
 */
export async function settleAdviceRequests(db: Kysely<Database>, options: SettleOptions): Promise<SettleReport> {
  const now = options.now.toISOString();
  const report: SettleReport = { delivered: 0, deleted: 0, alerted: 0 };

  const done = await db
    .selectFrom('advice_requests as a')
    .select('a.id')
    .where('a.delivered_at', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('outbox as o').select('o.id').whereRef('o.advice_id', '=', 'a.id').where('o.sent_at', 'is', null))),
    )
    .execute();
  for (const { id } of done) {
    await db.transaction().execute(async (trx) => {
      // Checked again inside: only rows that are all sent are removed.
      const unsent = await trx.selectFrom('outbox').select('id').where('advice_id', '=', id).where('sent_at', 'is', null).execute();
      if (unsent.length > 0) return;
      await trx.deleteFrom('outbox').where('advice_id', '=', id).execute();
      const marked = await trx
        .updateTable('advice_requests')
        .set({ delivered_at: now })
        .where('id', '=', id)
        .where('delivered_at', 'is', null)
        .execute();
      report.delivered += Number(marked[0]?.numUpdatedRows ?? 0);
    });
  }

  const retentionCutoff = new Date(options.now.getTime() - options.recordRetentionDays * 24 * hour).toISOString();
  const deleted = await db
    .deleteFrom('advice_requests')
    .where('delivered_at', 'is not', null)
    .where('delivered_at', '<', retentionCutoff)
    .executeTakeFirst();
  report.deleted = Number(deleted.numDeletedRows);

  const alertCutoff = new Date(options.now.getTime() - options.undeliveredAlertHours * hour).toISOString();
  const overdue = await db
    .selectFrom('advice_requests')
    .select(['id', 'reference', 'created_at'])
    .where('delivered_at', 'is', null)
    .where('alerted_at', 'is', null)
    .where('created_at', '<', alertCutoff)
    .execute();
  const write = options.report ?? ((entry: UndeliveredReport) => console.error(JSON.stringify(entry)));
  for (const row of overdue) {
    const marked = await db
      .updateTable('advice_requests')
      .set({ alerted_at: now })
      .where('id', '=', row.id)
      .where('alerted_at', 'is', null)
      .executeTakeFirst();
    // Another server may have reported it in the same moment.
    if (Number(marked.numUpdatedRows) === 0) continue;
    const mails = await db
      .selectFrom('outbox')
      .select(['attempts', 'last_error'])
      .where('advice_id', '=', row.id)
      .where('sent_at', 'is', null)
      .execute();
    write({
      event: 'advice-request-undelivered',
      reference: row.reference,
      createdAt: row.created_at,
      waitingHours: Math.floor((options.now.getTime() - Date.parse(row.created_at)) / hour),
      attempts: Math.max(0, ...mails.map((mail) => mail.attempts)),
      lastError: mails.find((mail) => mail.last_error)?.last_error ?? null,
    });
    report.alerted += 1;
  }
  return report;
}

/** Requests not delivered within the alert time: what /api/health reports. */
export async function countUndelivered(db: Kysely<Database>, now: Date, undeliveredAlertHours: number): Promise<number> {
  const cutoff = new Date(now.getTime() - undeliveredAlertHours * hour).toISOString();
  const row = await db
    .selectFrom('advice_requests')
    .select(sql<number>`count(*)`.as('n'))
    .where('delivered_at', 'is', null)
    .where('created_at', '<', cutoff)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
