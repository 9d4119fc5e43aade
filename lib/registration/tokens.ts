import { createHash, randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database, TokenPurpose } from '@/lib/db/schema';

/** 192 random bits in base64url (32 characters): receipts, ids and e-mailed capability tokens. */
export function randomId(): string {
  return randomBytes(24).toString('base64url');
}

/** Only the hash is stored: a copy of the database does not open anyone's registration. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export async function issueToken(
  trx: Transaction<Database>,
  registrationId: string,
  purpose: TokenPurpose,
  expiresAt: Date,
): Promise<string> {
  const token = randomId();
  await trx
    .insertInto('tokens')
    .values({ hash: hashToken(token), registration_id: registrationId, purpose, expires_at: expiresAt.toISOString() })
    .execute();
  return token;
}
