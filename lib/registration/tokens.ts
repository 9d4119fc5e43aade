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

/** New tokens for one registration, in one INSERT; returns the tokens themselves, in the order asked. */
export async function issueTokens<const Wanted extends readonly (readonly [TokenPurpose, Date])[]>(
  trx: Transaction<Database>,
  registrationId: string,
  wanted: Wanted,
): Promise<{ [K in keyof Wanted]: string }> {
  const tokens = wanted.map(() => randomId()) as { [K in keyof Wanted]: string };
  await trx
    .insertInto('tokens')
    .values(
      wanted.map(([purpose, expiresAt], index) => ({
        hash: hashToken(tokens[index]!),
        registration_id: registrationId,
        purpose,
        expires_at: expiresAt.toISOString(),
      })),
    )
    .execute();
  return tokens;
}
