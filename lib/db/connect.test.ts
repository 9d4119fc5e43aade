import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseConfig } from './connect';
import { isUniqueViolation } from './errors';

describe('databaseConfig', () => {
  it('is the SQLite file in data/ by default, or in PORTAL_DATA_DIR', () => {
    expect(databaseConfig({})).toEqual({ kind: 'sqlite', location: path.resolve('data', 'portal.sqlite'), sqliteSynchronous: 'normal' });
    expect(databaseConfig({ PORTAL_DATA_DIR: '/srv/portal', PORTAL_SQLITE_SYNCHRONOUS: 'FULL' })).toEqual({
      kind: 'sqlite',
      location: '/srv/portal/portal.sqlite',
      sqliteSynchronous: 'full',
    });
  });

  it('is PostgreSQL when DATABASE_URL names it, and refuses anything else there', () => {
    expect(databaseConfig({ DATABASE_URL: 'postgres://portal@db.internal/portal' })).toEqual({
      kind: 'postgres',
      location: 'postgres://portal@db.internal/portal',
    });
    expect(databaseConfig({ DATABASE_URL: 'postgresql://db/portal' }).kind).toBe('postgres');
    expect(() => databaseConfig({ DATABASE_URL: 'mysql://secret@db/portal' })).toThrow(
      /DATABASE_URL must start with postgres:\/\/ \(got mysql:…\)/,
    );
    expect(() => databaseConfig({ PORTAL_SQLITE_SYNCHRONOUS: 'off' })).toThrow(/PORTAL_SQLITE_SYNCHRONOUS/);
  });
});

describe('isUniqueViolation', () => {
  it('knows both databases’ codes and nothing else', () => {
    expect(isUniqueViolation({ code: '23505' })).toBe(true);
    expect(isUniqueViolation({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBe(true);
    expect(isUniqueViolation({ code: 'SQLITE_CONSTRAINT_CHECK' })).toBe(false);
    expect(isUniqueViolation(new Error('unique'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
