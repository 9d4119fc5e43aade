import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface DatabaseConfig {
  kind: DatabaseKind;
  /** SQLite: the file. PostgreSQL: the connection string. */
  location: string;
  /** PostgreSQL: connections in this process's pool. */
  poolSize?: number;
}

/** The data folder: PORTAL_DATA_DIR, else `data/` in the project. */
export function dataDir(env: Partial<Record<string, string>> = process.env): string {
  return path.resolve(env.PORTAL_DATA_DIR || 'data');
}

/** PostgreSQL when DATABASE_URL names it; otherwise the SQLite file in the data folder. */
export function databaseConfig(env: Partial<Record<string, string>> = process.env): DatabaseConfig {
  const url = env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', location: url };
  if (url) throw new Error(`DATABASE_URL must start with postgres:// (got ${url.split(':')[0]}:…); leave it out for SQLite`);
  return { kind: 'sqlite', location: path.join(dataDir(env), 'portal.sqlite') };
}

export interface PortalDb {
  db: Kysely<Database>;
  kind: DatabaseKind;
}

export function openDatabase(config: DatabaseConfig): PortalDb {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.location, max: config.poolSize ?? 10 });
    return { kind: 'postgres', db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }) };
  }
  fs.mkdirSync(path.dirname(config.location), { recursive: true });
  const file = new SQLite(config.location);
  // WAL lets readers go on while one writer writes; FULL syncs every commit, so an
  // answered registration survives even a power cut, not only a killed process.
  file.pragma('journal_mode = WAL');
  file.pragma('synchronous = FULL');
  file.pragma('foreign_keys = ON');
  // Another process (a second server, `npm run db:migrate`) may hold the write lock for a moment.
  file.pragma('busy_timeout = 5000');
  return { kind: 'sqlite', db: new Kysely<Database>({ dialect: new SqliteDialect({ database: file }) }) };
}
