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
  /** SQLite: `normal` (default) or `full`; see openDatabase. */
  sqliteSynchronous?: 'normal' | 'full';
}

/** The data folder: PORTAL_DATA_DIR, else `data/` in the project. */
export function dataDir(env: Partial<Record<string, string>> = process.env): string {
  // Chosen at run time on purpose: the build must not trace the data folder into its output.
  return path.resolve(/*turbopackIgnore: true*/ env.PORTAL_DATA_DIR || 'data');
}

/** PostgreSQL when DATABASE_URL names it; otherwise the SQLite file in the data folder. */
export function databaseConfig(env: Partial<Record<string, string>> = process.env): DatabaseConfig {
  const url = env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', location: url };
  if (url) throw new Error(`DATABASE_URL must start with postgres:// (got ${url.split(':')[0]}:…); leave it out for SQLite`);
  const synchronous = (env.PORTAL_SQLITE_SYNCHRONOUS || 'normal').toLowerCase();
  if (synchronous !== 'normal' && synchronous !== 'full')
    throw new Error(`PORTAL_SQLITE_SYNCHRONOUS must be normal or full (got ${synchronous})`);
  return { kind: 'sqlite', location: path.join(dataDir(env), 'portal.sqlite'), sqliteSynchronous: synchronous };
}

export interface PortalDb {
  db: Kysely<Database>;
  kind: DatabaseKind;
}

export function openDatabase(config: DatabaseConfig): PortalDb {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.location, max: config.poolSize ?? 10 });
    // An idle connection the server closes (restart, failover) is dropped from the pool and replaced on
    // next use; without a listener, pg would throw it as an uncaught error and end the process.
    pool.on('error', (error) => console.error('PostgreSQL pool: idle connection lost:', error.message));
    return { kind: 'postgres', db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }) };
  }
  fs.mkdirSync(path.dirname(config.location), { recursive: true });
  const file = new SQLite(config.location);
  // WAL lets readers go on while one writer writes. With synchronous=NORMAL a
  // commit is in the WAL file before the call returns, so a killed server loses
  // nothing it answered; only a power cut or kernel crash may take back the last
  // commits (the file stays consistent). FULL syncs every commit to the disk as
  // well, which closes that gap at about 8 ms a commit on this machine's disk.
  file.pragma('journal_mode = WAL');
  file.pragma(`synchronous = ${config.sqliteSynchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  file.pragma('foreign_keys = ON');
  // Another process (a second server, `npm run db:migrate`) may hold the write lock for a moment.
  file.pragma('busy_timeout = 5000');
  return { kind: 'sqlite', db: new Kysely<Database>({ dialect: new SqliteDialect({ database: file }) }) };
}
