import type { Kysely } from 'kysely';
import { databaseConfig, migrateToLatest, openDatabase } from '@/lib/db';

const config = databaseConfig();
const { db } = openDatabase(config);
try {
  const applied = await migrateToLatest(db as Kysely<unknown>);
  const where = config.kind === 'sqlite' ? config.location : 'PostgreSQL (DATABASE_URL)';
  console.log(applied.length ? `Applied ${applied.join(', ')} to ${where}` : `${where} is up to date`);
} finally {
  await db.destroy();
}
