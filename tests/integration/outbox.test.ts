import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverPending, enqueueMail } from '@/lib/mail/outbox';
import { emlTransport, smtpTransport } from '@/lib/mail/transport';
import { register, startBackgroundJobs, type ComposeMail } from '@/lib/registration';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { hours, person, t0, testPolicy } from './support/registration';
import { startSmtpServer } from './support/smtp';

const mail: ComposeMail = (request) => ({
  subject: `Tilmelding ${request.kind}`,
  text: `Hej ${request.name}\n${'confirmToken' in request ? `https://portal.example/kurser/tilmelding/bekraeft/${request.confirmToken}` : ''}`,
  attachments: [{ filename: 'hold-1.ics', contentType: 'text/calendar; charset=utf-8', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' }],
});

describe.each(databaseKinds)('outbox on %s', { timeout: 60_000 }, (kind) => {
  let test: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  beforeEach(async () => {
    test = await createTestDatabase(kind);
    smtp = await startSmtpServer();
  });
  afterEach(async () => {
    await smtp.close();
    await test.drop();
  });

  it('keeps registering while the mail server refuses, then sends every message once when it is back', async () => {
    smtp.state.refusing = true;
    const policy = testPolicy({ capacity: 3 });
    const outcomes = [];
    for (let n = 1; n <= 5; n += 1) outcomes.push(await register(test.db, policy, person(n), { now: t0, mail }));
    expect(outcomes.map((o) => o.kind)).toEqual(['held', 'held', 'held', 'waiting', 'waiting']);

    const transport = smtpTransport(smtp.url, 'Kursustilmelding <noreply@localhost>');
    expect(await deliverPending(test.db, transport, { now: t0 })).toEqual({ sent: 0, failed: 5 });
    // Not due again before the back-off has passed.
    expect(await deliverPending(test.db, transport, { now: new Date(t0.getTime() + 30_000) })).toEqual({ sent: 0, failed: 0 });
    expect(await deliverPending(test.db, transport, { now: new Date(t0.getTime() + 60_000) })).toEqual({ sent: 0, failed: 5 });
    const waiting = await test.db.selectFrom('outbox').select(['attempts', 'next_attempt_at', 'last_error']).execute();
    expect(waiting.every((row) => row.attempts === 2 && row.next_attempt_at === new Date(t0.getTime() + 3 * 60_000).toISOString())).toBe(
      true,
    );
    expect(waiting[0]!.last_error).toMatch(/421|not available/i);

    smtp.state.refusing = false;
    expect(await deliverPending(test.db, transport, { now: hours(1) })).toEqual({ sent: 5, failed: 0 });
    expect(await deliverPending(test.db, transport, { now: hours(2) })).toEqual({ sent: 0, failed: 0 });
    transport.close?.();

    expect(smtp.received).toHaveLength(5);
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(5);
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual([1, 2, 3, 4, 5].map((n) => `deltager${n}@example.org`));
    const first = smtp.received.find((m) => m.to[0] === 'deltager1@example.org')!;
    expect(first.raw).toMatch(/Subject: Tilmelding confirm/);
    expect(first.raw).toContain('hold-1.ics');
    expect(first.raw).toContain('portal.example/kurser/tilmelding/bekraeft/');
  });

  it('never gives one message to two workers sending at the same time', async () => {
    for (let n = 0; n < 40; n += 1) await enqueueMail(test.db, `person${n}@example.org`, { subject: `Besked ${n}`, text: 'Hej' }, t0);
    // Two servers: separate connection pools on one database.
    const workers = [test.db, test.connect()].map((db) => ({ db, transport: smtpTransport(smtp.url) }));
    const drain = async ({ db, transport }: (typeof workers)[number]) => {
      let sent = 0;
      for (;;) {
        const report = await deliverPending(db, transport, { now: t0, batch: 3 });
        sent += report.sent;
        if (report.sent + report.failed === 0) return sent;
      }
    };
    const counts = await Promise.all(workers.map(drain));
    for (const worker of workers) worker.transport.close?.();
    expect(counts[0]! + counts[1]!).toBe(40);
    expect(smtp.received).toHaveLength(40);
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(40);
  });

  it('takes over a message whose worker died after claiming it, once the lease has run out', async () => {
    await enqueueMail(test.db, 'person@example.org', { subject: 'Besked', text: 'Hej' }, t0);
    const dead = { send: () => new Promise<void>(() => {}) };
    void deliverPending(test.db, dead, { now: t0, leaseMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const transport = smtpTransport(smtp.url);
    expect(await deliverPending(test.db, transport, { now: new Date(t0.getTime() + 30_000) })).toEqual({ sent: 0, failed: 0 });
    expect(await deliverPending(test.db, transport, { now: new Date(t0.getTime() + 61_000) })).toEqual({ sent: 1, failed: 0 });
    transport.close?.();
    expect(smtp.received).toHaveLength(1);
  });
});

describe('without an SMTP server', () => {
  it('writes each message as an .eml file a newcomer can open', async () => {
    const test = await createTestDatabase('sqlite');
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-mail-'));
    try {
      await register(test.db, testPolicy(), person(1), { now: t0, mail });
      expect(await deliverPending(test.db, emlTransport(folder), { now: t0 })).toEqual({ sent: 1, failed: 0 });
      const files = fs.readdirSync(folder);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/\.eml$/);
      const eml = fs.readFileSync(path.join(folder, files[0]!), 'utf8');
      expect(eml).toMatch(/^To: deltager1@example\.org$/m);
      expect(eml).toContain('portal.example/kurser/tilmelding/bekraeft/');
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
      await test.drop();
    }
  });
});

describe('background jobs', () => {
  it('run maintenance and send the outbox on their clock, and stop cleanly', async () => {
    const test = await createTestDatabase('sqlite');
    const smtp = await startSmtpServer();
    try {
      const policy = testPolicy({ capacity: 1 });
      await register(test.db, policy, person(1), { now: t0, mail });
      await register(test.db, policy, person(2), { now: t0, mail });
      let now = t0;
      const jobs = startBackgroundJobs({
        db: test.db,
        policies: () => [policy],
        mail,
        transport: smtpTransport(smtp.url),
        clock: () => now,
      });
      await jobs.runOnce();
      expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(['deltager1@example.org', 'deltager2@example.org']);
      // Two days later the hold has lapsed: the seat is offered to the next in line and the offer mailed.
      now = hours(49);
      await jobs.runOnce();
      expect(smtp.received).toHaveLength(3);
      expect(smtp.received[2]!.to).toEqual(['deltager2@example.org']);
      expect(smtp.received[2]!.raw).toMatch(/Subject: Tilmelding offer/);
      await jobs.stop();
    } finally {
      await smtp.close();
      await test.drop();
    }
  });
});
