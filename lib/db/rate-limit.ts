import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema';

export interface RateLimitOptions {
  limit: number;
  windowMs: number;
  now: Date;
}

/**
 * Counts one request for `key` in the current fixed window and says whether
 * it is within the limit. The counter lives in the database, so the limit
 * holds across every server; one upsert counts and reads atomically on both
 * databases. Keys are stored hashed (they are IP and e-mail addresses).
 */
export async function rateLimit(db: Kysely<Database>, key: string, options: RateLimitOptions): Promise<boolean> {
  const start = Math.floor(options.now.getTime() / options.windowMs) * options.windowMs;
  const row = await db
    .insertInto('rate_limits')
    .values({
      key: createHash('sha256').update(key).digest('base64url'),
      window_start: new Date(start).toISOString(),
      count: 1,
      expires_at: new Date(start + options.windowMs).toISOString(),
    })
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet((eb) => ({ count: eb('rate_limits.count', '+', 1) })))
    .returning('count')
    .executeTakeFirstOrThrow();
  return row.count <= options.limit;
}
