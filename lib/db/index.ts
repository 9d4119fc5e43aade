import type { Kysely } from 'kysely';
import { databaseConfig, openDatabase } from './connect';
import { migrateToLatest } from './migrate';
import type { Database } from './schema';

export { databaseConfig, dataDir, openDatabase, type DatabaseConfig, type DatabaseKind, type PortalDb } from './connect';
export { migrateToLatest } from './migrate';
export { isUniqueViolation } from './errors';
export type * from './schema';

// Kept on globalThis: Next.js may load this module more than once in one process.
const slot = globalThis as typeof globalThis & { __portalDb?: Promise<Kysely<Database>> };

/** The process's one database, from the environment, migrated before first use. */
export function getDb(): Promise<Kysely<Database>> {
  slot.__portalDb ??= (async () => {
    const { db } = openDatabase(databaseConfig());
    await migrateToLatest(db as Kysely<unknown>);
    return db;
  })().catch((error: unknown) => {
    slot.__portalDb = undefined;
    throw error;
  });
  return slot.__portalDb;
}

/** Closes the process's database (tests, graceful shutdown). */
export async function closeDb(): Promise<void> {
  const pending = slot.__portalDb;
  slot.__portalDb = undefined;
  if (pending) await (await pending).destroy();
}
