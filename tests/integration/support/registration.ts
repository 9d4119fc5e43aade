import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import type { ComposeMail, Registrant, RegistrationMailRequest, RunPolicy } from '@/lib/registration';

export const t0 = new Date('2027-01-04T09:00:00.000Z');
export const hours = (n: number) => new Date(t0.getTime() + n * 3_600_000);

export function testPolicy(overrides: Partial<RunPolicy> = {}): RunPolicy {
  return {
    runId: 'hold-1',
    courseSlug: 'basis',
    capacity: 2,
    registrationDeadline: new Date('2027-02-20T23:00:00.000Z'),
    firstSessionStart: new Date('2027-03-02T08:00:00.000Z'),
    lastSessionEnd: new Date('2027-03-09T15:00:00.000Z'),
    cancelled: false,
    ...overrides,
  };
}

export function person(n: number, overrides: Partial<Registrant> = {}): Registrant {
  return {
    name: `Deltager ${n}`,
    email: `deltager${n}@example.org`,
    organisationKind: 'municipality',
    organisation: 'Aarhus Kommune',
    role: 'SSP-koordinator',
    locale: 'da',
    ...overrides,
  };
}

/**
 * Writes the request itself into the message, so a test can read the tokens
 * back from the outbox as a person reads them from the e-mail. (The real
 * texts are tested with the templates.)
 */
export const testMail: ComposeMail = (request) => ({ subject: request.kind, text: JSON.stringify(request) });

export async function mailsTo(db: Kysely<Database>, email: string): Promise<RegistrationMailRequest[]> {
  const rows = await db
    .selectFrom('outbox')
    .select(['text_body', 'created_at'])
    .where('to_address', '=', email)
    .orderBy('created_at')
    .execute();
  return rows.map((row) => JSON.parse(row.text_body) as RegistrationMailRequest);
}

export async function lastMailTo(db: Kysely<Database>, email: string): Promise<RegistrationMailRequest> {
  const mails = await mailsTo(db, email);
  const last = mails.at(-1);
  if (!last) throw new Error(`no mail to ${email}`);
  return last;
}

export async function runCounters(db: Kysely<Database>, id = 'basis/hold-1') {
  return db.selectFrom('runs').select(['taken', 'waiting', 'capacity']).where('id', '=', id).executeTakeFirstOrThrow();
}

export async function statuses(db: Kysely<Database>): Promise<Record<string, string>> {
  const rows = await db.selectFrom('registrations').select(['email', 'status']).execute();
  return Object.fromEntries(rows.map((row) => [row.email, row.status]));
}
