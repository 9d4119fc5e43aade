import { type Kysely, PostgresAdapter } from 'kysely';

/** The few places that differ (FOR UPDATE SKIP LOCKED) ask this rather than carry a flag around. */
export function isPostgres<T>(db: Kysely<T>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
