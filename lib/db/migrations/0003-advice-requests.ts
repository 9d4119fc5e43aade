import { type Kysely } from 'kysely';

/**
 * Advice requests (issue 16). The request's personal data lives only in its two outbox e-mails;
 * this table holds what may stay after they are delivered: the reference, the offer, the times and
 * the delivery status. The outbox gains the request it belongs to (so both e-mails are deleted
 * together once the mail server has accepted them) and a Reply-To (the centre answers the requester).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('advice_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('idempotency_key', 'text', (c) => c.unique())
    .addColumn('offer', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('delivered_at', 'text')
    .addColumn('alerted_at', 'text')
    .execute();
  await db.schema.createIndex('advice_requests_undelivered').on('advice_requests').columns(['delivered_at', 'created_at']).execute();

  await db.schema.alterTable('outbox').addColumn('advice_id', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('reply_to', 'text').execute();
  await db.schema.createIndex('outbox_by_advice').on('outbox').column('advice_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('outbox_by_advice').execute();
  await db.schema.alterTable('outbox').dropColumn('reply_to').execute();
  await db.schema.alterTable('outbox').dropColumn('advice_id').execute();
  await db.schema.dropTable('advice_requests').execute();
}
