import { type Kysely } from 'kysely';

// The back office: what happened to each registration, what staff did, and runs the centre cancelled.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('registration_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('registration_id', 'text', (c) => c.notNull().references('registrations.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    // Null when the participant or the scheduled job did it; the staff member's e-mail otherwise.
    .addColumn('actor', 'text')
    .execute();
  await db.schema.createIndex('registration_events_by_registration').on('registration_events').columns(['registration_id', 'at']).execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    // Plain references, no foreign keys: the log outlives the registrations it mentions.
    .addColumn('run_id', 'text')
    .addColumn('registration_id', 'text')
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('audit_log_by_time').on('audit_log').column('at').execute();

  await db.schema.alterTable('runs').addColumn('cancelled_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('runs').dropColumn('cancelled_at').execute();
  await db.schema.dropTable('audit_log').execute();
  await db.schema.dropTable('registration_events').execute();
}
