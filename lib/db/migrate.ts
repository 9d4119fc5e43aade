import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as registration from './migrations/0001-registration';
import * as backOffice from './migrations/0002-back-office';
import * as adviceRequests from './migrations/0003-advice-requests';

/** Listed by hand rather than read from the folder, so the bundled server carries them. */
const migrations: Record<string, Migration> = {
  '0001-registration': registration,
  '0002-back-office': backOffice,
  '0003-advice-requests': adviceRequests,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to date; safe to call from several servers at once on PostgreSQL (Kysely takes a lock). */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
