import { type Kysely, sql } from 'kysely';

// Migrations see an untyped database: they describe the schema at their own point in time.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('capacity', 'integer')
    .addColumn('taken', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('waiting', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('waiting_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('cancelled', 'integer', (c) => c.notNull().defaultTo(0))
    // The database itself refuses an overbooked run, whatever the code does.
    .addCheckConstraint('runs_within_capacity', sql`capacity is null or (taken >= 0 and taken <= capacity)`)
    .addCheckConstraint('runs_counts_not_negative', sql`taken >= 0 and waiting >= 0`)
    .execute();

  await db.schema
    .createTable('registrations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('run_id', 'text', (c) => c.notNull().references('runs.id'))
    .addColumn('receipt', 'text', (c) => c.notNull().unique())
    .addColumn('idempotency_key', 'text', (c) => c.unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('first_outcome', 'text', (c) => c.notNull())
    .addColumn('first_place', 'integer')
    .addColumn('waiting_seq', 'integer')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('organisation_kind', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('note', 'text')
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('hold_expires_at', 'text')
    .addColumn('offer_expires_at', 'text')
    .addColumn('confirmed_at', 'text')
    .addColumn('ended_at', 'text')
    .addCheckConstraint('registrations_status', sql`status in ('held', 'confirmed', 'waiting', 'offered', 'cancelled', 'expired')`)
    .execute();

  // One active place per person and run. Cancelled or expired rows do not count,
  // so someone who cancelled can sign up again.
  await sql`
    create unique index registrations_one_per_person on registrations (run_id, lower(email))
    where status in ('held', 'confirmed', 'waiting', 'offered')`.execute(db);
  await db.schema.createIndex('registrations_by_run_status').on('registrations').columns(['run_id', 'status', 'waiting_seq']).execute();
  await db.schema.createIndex('registrations_hold_expiry').on('registrations').columns(['status', 'hold_expires_at']).execute();
  await db.schema.createIndex('registrations_offer_expiry').on('registrations').columns(['status', 'offer_expires_at']).execute();

  await db.schema
    .createTable('tokens')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('registration_id', 'text', (c) => c.notNull().references('registrations.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tokens_by_registration').on('tokens').column('registration_id').execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('registration_id', 'text', (c) => c.references('registrations.id').onDelete('cascade'))
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('html_body', 'text')
    .addColumn('attachments', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('last_error', 'text')
    .execute();
  await db.schema.createIndex('outbox_pending').on('outbox').columns(['sent_at', 'next_attempt_at']).execute();
  await db.schema.createIndex('outbox_by_registration').on('outbox').column('registration_id').execute();

  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limits_pk', ['key', 'window_start'])
    .execute();
  await db.schema.createIndex('rate_limits_expiry').on('rate_limits').column('expires_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['rate_limits', 'outbox', 'tokens', 'registrations', 'runs']) await db.schema.dropTable(table).execute();
}
