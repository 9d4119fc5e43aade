import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { type DatabaseConfig, type DatabaseKind, migrateToLatest, openDatabase } from '@/lib/db';
import type { Database } from '@/lib/db/schema';

/** PostgreSQL for tests: the server .ci/postgres starts (DATABASE_URL). Each test database is created fresh and dropped. */
export const postgresUrl = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined;

/** The databases to run each test on: SQLite always, PostgreSQL when .ci/postgres (or you) gave one. */
export const databaseKinds: DatabaseKind[] = postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase {
  kind: DatabaseKind;
  config: DatabaseConfig;
  db: Kysely<Database>;
  /** Another connection (pool) to the same database: a second server. */
  connect(poolSize?: number): Kysely<Database>;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(kind: DatabaseKind, poolSize?: number): Promise<TestDatabase> {
  let config: DatabaseConfig;
  let cleanup: () => Promise<void>;
  if (kind === 'postgres') {
    if (!postgresUrl) throw new Error('no PostgreSQL: run the tests under .ci/postgres');
    const name = `portal_test_${randomBytes(6).toString('hex')}`;
    await admin((client) => client.query(`create database ${name}`));
    const url = new URL(postgresUrl);
    url.pathname = `/${name}`;
    config = { kind, location: url.toString(), poolSize };
    cleanup = () => admin((client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined);
  } else {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-db-'));
    config = { kind, location: path.join(folder, 'portal.sqlite') };
    cleanup = async () => fs.rmSync(folder, { recursive: true, force: true });
  }
  const opened: Kysely<Database>[] = [];
  const connect = (size?: number) => {
    const { db } = openDatabase({ ...config, poolSize: size ?? poolSize });
    opened.push(db);
    return db;
  };
  const db = connect();
  await migrateToLatest(db as Kysely<unknown>);
  return {
    kind,
    config,
    db,
    connect,
    async drop() {
      await Promise.all(opened.map((each) => each.destroy()));
      await cleanup();
    },
  };
}
