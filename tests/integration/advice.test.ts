import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adviceMails } from '@/lib/advice/mail';
import { countUndelivered, settleAdviceRequests, storeAdviceRequest, type UndeliveredReport } from '@/lib/advice/store';
import { getContent } from '@/lib/content';
import type { MailTransport } from '@/lib/mail/message';
import { deliverPending } from '@/lib/mail/outbox';
import { smtpTransport } from '@/lib/mail/transport';
import { startBackgroundJobs } from '@/lib/registration';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { startSmtpServer } from './support/smtp';

const inbox = 'raadgivning@example.test';
const t0 = new Date('2027-03-01T09:00:00.000Z');
const later = (hours: number) => new Date(t0.getTime() + hours * 3_600_000);

/** A request whose every personal value is easy to find again in any table. */
const input = {
  organisationKind: 'association' as const,
  organisation: 'Foreningen Fyrtaarnet',
  name: 'Gunhild Personnavn',
  role: 'Formand Rollenavn',
  email: 'gunhild.personnavn@example.org',
  phone: '+45 11 22 33 44',
  offer: 'raad-om-et-konkret-problem',
  description: 'Beskrivelse-der-kun-findes-her: chikane i klubben',
  timing: 'Tidspunkt-kun-her',
};
const personal = [input.organisation, input.name, input.role, input.email, input.phone, input.description, input.timing];

const settings = { recordRetentionDays: 30, undeliveredAlertHours: 24 };

function store(test: TestDatabase, idempotencyKey = 'key-000000000000000001', now = t0) {
  return storeAdviceRequest(test.db, {
    offer: input.offer,
    locale: 'da',
    idempotencyKey,
    now,
    compose: adviceMails(input, 'da', inbox, getContent().adviceOffers),
  });
}

/** Every value of every row of every table, as text: where personal data would have to hide. */
async function everyStoredValue(test: TestDatabase): Promise<string> {
  const tables = ['runs', 'registrations', 'tokens', 'outbox', 'rate_limits', 'advice_requests'] as const;
  const rows = await Promise.all(tables.map((table) => test.db.selectFrom(table).selectAll().execute()));
  return JSON.stringify(rows);
}

describe.each(databaseKinds)('advice requests on %s', { timeout: 60_000 }, (kind) => {
  let test: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let transport: MailTransport;
  beforeEach(async () => {
    test = await createTestDatabase(kind);
    smtp = await startSmtpServer();
    transport = smtpTransport(smtp.url, 'Portal <noreply@example.test>');
  });
  afterEach(async () => {
    transport.close?.();
    await smtp.close();
    await test.drop();
  });

  it('delivers the request to the inbox and the receipt to the requester once each, also after the mail server was down', async () => {
    smtp.state.refusing = true;
    const { reference } = await store(test);
    expect(await deliverPending(test.db, transport, { now: t0 })).toEqual({ sent: 0, failed: 2 });
    expect(await settleAdviceRequests(test.db, { now: t0, ...settings })).toEqual({ delivered: 0, deleted: 0, alerted: 0 });
    // Until both are accepted the request is kept, whole.
    expect(await everyStoredValue(test)).toContain(input.description);

    smtp.state.refusing = false;
    expect(await deliverPending(test.db, transport, { now: later(1) })).toEqual({ sent: 2, failed: 0 });
    expect(await settleAdviceRequests(test.db, { now: later(1), ...settings })).toEqual({ delivered: 1, deleted: 0, alerted: 0 });
    expect(await deliverPending(test.db, transport, { now: later(2) })).toEqual({ sent: 0, failed: 0 });

    expect(smtp.received.map((mail) => mail.to).sort()).toEqual([[inbox], [input.email]].sort());
    const centre = smtp.received.find((mail) => mail.to[0] === inbox)!;
    expect(centre.raw).toMatch(new RegExp(`^Reply-To: ${input.email}`, 'm'));
    expect(centre.raw).toContain(reference);
    expect(centre.raw).toContain('Beskrivelse-der-kun-findes-her');
    const receipt = smtp.received.find((mail) => mail.to[0] === input.email)!;
    expect(receipt.raw).toContain(reference);
    expect(receipt.raw).not.toContain('Beskrivelse-der-kun-findes-her');
  });

  it('keeps no personal data of the request in any table once it is delivered; the record goes after its retention', async () => {
    const { reference } = await store(test);
    await deliverPending(test.db, transport, { now: t0 });
    await settleAdviceRequests(test.db, { now: t0, ...settings });

    const stored = await everyStoredValue(test);
    for (const value of personal) expect(stored, value).not.toContain(value);
    expect(await test.db.selectFrom('outbox').selectAll().execute()).toEqual([]);
    const record = await test.db.selectFrom('advice_requests').selectAll().executeTakeFirstOrThrow();
    expect(record).toMatchObject({
      reference,
      offer: input.offer,
      locale: 'da',
      created_at: t0.toISOString(),
      delivered_at: t0.toISOString(),
    });

    expect((await settleAdviceRequests(test.db, { now: later(29 * 24), ...settings })).deleted).toBe(0);
    expect((await settleAdviceRequests(test.db, { now: later(30 * 24 + 1), ...settings })).deleted).toBe(1);
    expect(await test.db.selectFrom('advice_requests').selectAll().execute()).toEqual([]);
  });

  it('does not delete anything while one of the two e-mails is still undelivered', async () => {
    const refusingRequester: MailTransport = {
      async send(message) {
        if (message.to === input.email) throw new Error('550 mailbox unavailable');
        await transport.send(message);
      },
    };
    await store(test);
    expect(await deliverPending(test.db, refusingRequester, { now: t0 })).toEqual({ sent: 1, failed: 1 });
    expect((await settleAdviceRequests(test.db, { now: t0, ...settings })).delivered).toBe(0);
    expect(await test.db.selectFrom('outbox').select('to_address').execute()).toHaveLength(2);
    expect(await deliverPending(test.db, transport, { now: later(1) })).toEqual({ sent: 1, failed: 0 });
    expect((await settleAdviceRequests(test.db, { now: later(1), ...settings })).delivered).toBe(1);
    expect(smtp.received.filter((mail) => mail.to[0] === inbox)).toHaveLength(1);
  });

  it('answers the same idempotency key with the first reference and queues nothing more', async () => {
    const first = await store(test, 'key-same-same-same-same');
    const again = await store(test, 'key-same-same-same-same');
    const racing = await Promise.all([store(test, 'key-race-race-race-race'), store(test, 'key-race-race-race-race')]);
    expect(again).toEqual({ reference: first.reference, repeated: true });
    expect(racing[0].reference).toBe(racing[1].reference);
    expect(await test.db.selectFrom('advice_requests').select('id').execute()).toHaveLength(2);
    expect(await test.db.selectFrom('outbox').select('id').execute()).toHaveLength(4);
  });

  it('reports a request undelivered after the alert time once, in the log and the health count, and never deletes it', async () => {
    smtp.state.refusing = true;
    const { reference } = await store(test);
    const reports: UndeliveredReport[] = [];
    const report = (entry: UndeliveredReport) => reports.push(entry);
    await deliverPending(test.db, transport, { now: t0 });
    expect((await settleAdviceRequests(test.db, { now: later(23), ...settings, report })).alerted).toBe(0);
    expect(await countUndelivered(test.db, later(23), settings.undeliveredAlertHours)).toBe(0);

    expect((await settleAdviceRequests(test.db, { now: later(25), ...settings, report })).alerted).toBe(1);
    expect(reports).toEqual([
      {
        event: 'advice-request-undelivered',
        reference,
        createdAt: t0.toISOString(),
        waitingHours: 25,
        attempts: 1,
        lastError: expect.stringMatching(/421|not available/i),
      },
    ]);
    expect(await countUndelivered(test.db, later(25), settings.undeliveredAlertHours)).toBe(1);
    // Reported once; kept however long it waits.
    expect((await settleAdviceRequests(test.db, { now: later(24 * 365), ...settings, report })).alerted).toBe(0);
    expect(reports).toHaveLength(1);
    expect(await test.db.selectFrom('advice_requests').select('reference').execute()).toEqual([{ reference }]);
    expect(await test.db.selectFrom('outbox').select('id').execute()).toHaveLength(2);

    smtp.state.refusing = false;
    await deliverPending(test.db, transport, { now: later(24 * 365) });
    await settleAdviceRequests(test.db, { now: later(24 * 365), ...settings, report });
    expect(await countUndelivered(test.db, later(24 * 365), settings.undeliveredAlertHours)).toBe(0);
  });

  it("settles after each round of the server's outbox worker", async () => {
    await store(test);
    const jobs = startBackgroundJobs({
      db: test.db,
      policies: () => [],
      mail: () => ({ subject: '', text: '' }),
      transport,
      clock: () => t0,
      afterSend: () => settleAdviceRequests(test.db, { now: t0, ...settings }),
    });
    await jobs.runOnce();
    await jobs.stop();
    expect(smtp.received).toHaveLength(2);
    expect(await test.db.selectFrom('outbox').select('id').execute()).toEqual([]);
    expect((await test.db.selectFrom('advice_requests').select('delivered_at').executeTakeFirstOrThrow()).delivered_at).toBe(
      t0.toISOString(),
    );
  });
});
