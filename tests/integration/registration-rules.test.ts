import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  acceptOffer,
  availability,
  cancel,
  confirm,
  rateLimit,
  receiptStatus,
  register,
  runMaintenance,
  type RegistrationMailRequest,
} from '@/lib/registration';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { hours, lastMailTo, mailsTo, person, runCounters, statuses, t0, testMail, testPolicy } from './support/registration';

type Kind<K extends RegistrationMailRequest['kind']> = Extract<RegistrationMailRequest, { kind: K }>;

describe.each(databaseKinds)('seat rules on %s', (kind) => {
  let test: TestDatabase;
  beforeEach(async () => {
    test = await createTestDatabase(kind);
  });
  afterEach(async () => {
    await test.drop();
  });

  const policy = testPolicy();
  const signUp = (n: number, now = t0, key?: string) => register(test.db, policy, person(n), { now, mail: testMail, idempotencyKey: key });
  const maintain = (now: Date, policies = [policy]) => runMaintenance(test.db, policies, now, { mail: testMail });

  it('holds a seat for 48 hours and writes the confirmation e-mail in the same step', async () => {
    const outcome = await signUp(1);
    expect(outcome).toMatchObject({ kind: 'held', holdExpiresAt: hours(48) });
    expect(await runCounters(test.db)).toMatchObject({ taken: 1, waiting: 0, capacity: 2 });
    const mail = (await lastMailTo(test.db, 'deltager1@example.org')) as Kind<'confirm'>;
    expect(mail).toMatchObject({ kind: 'confirm', courseSlug: 'basis', runId: 'hold-1', name: 'Deltager 1', locale: 'da' });
    expect(mail.confirmToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await receiptStatus(test.db, outcome.kind === 'held' ? outcome.receipt : '')).toEqual({
      courseSlug: 'basis',
      runId: 'hold-1',
      status: 'held',
      holdExpiresAt: hours(48),
    });
  });

  it('answers a repeated request with the first outcome, without a second row or e-mail', async () => {
    const first = await signUp(1, t0, 'key-1');
    const again = await signUp(1, hours(1), 'key-1');
    expect(again).toEqual(first);
    const [bothAtOnce1, bothAtOnce2] = await Promise.all([signUp(2, t0, 'key-2'), signUp(2, t0, 'key-2')]);
    expect(bothAtOnce1).toEqual(bothAtOnce2);
    expect(await test.db.selectFrom('registrations').select('id').execute()).toHaveLength(2);
    expect(await test.db.selectFrom('outbox').select('id').execute()).toHaveLength(2);
  });

  it('gives one place per person and run, whatever the case of the address', async () => {
    const first = await signUp(1);
    const again = await register(test.db, policy, person(1, { email: 'Deltager1@EXAMPLE.org' }), { now: t0, mail: testMail });
    expect(again).toEqual({ kind: 'already-registered', receipt: first.kind === 'held' ? first.receipt : '' });
    expect(await runCounters(test.db)).toMatchObject({ taken: 1 });
    const other = await register(test.db, testPolicy({ runId: 'hold-2' }), person(1), { now: t0, mail: testMail });
    expect(other.kind).toBe('held');
  });

  it('puts people on the waiting list in order once the run is full', async () => {
    await signUp(1);
    await signUp(2);
    expect(await signUp(3)).toMatchObject({ kind: 'waiting', place: 1 });
    const fourth = await signUp(4);
    expect(fourth).toMatchObject({ kind: 'waiting', place: 2 });
    expect(await lastMailTo(test.db, 'deltager4@example.org')).toMatchObject({ kind: 'waiting', place: 2 });
    expect(await runCounters(test.db)).toMatchObject({ taken: 2, waiting: 2 });
    expect(await availability(test.db, ['hold-1'], [policy])).toEqual(
      new Map([['hold-1', { capacity: 2, taken: 2, waiting: 2, state: 'full-waitlist' }]]),
    );
  });

  it('confirms a held seat once, and refuses a token it does not know', async () => {
    await signUp(1);
    const { confirmToken } = (await lastMailTo(test.db, 'deltager1@example.org')) as Kind<'confirm'>;
    expect(await confirm(test.db, confirmToken, hours(47))).toBe('confirmed');
    expect(await confirm(test.db, confirmToken, hours(47))).toBe('already');
    expect(await confirm(test.db, 'x'.repeat(32), hours(1))).toBe('unknown');
    // A cancel token is not a confirm token.
    const { cancelToken } = (await lastMailTo(test.db, 'deltager1@example.org')) as Kind<'confirm'>;
    expect(await confirm(test.db, cancelToken, hours(1))).toBe('unknown');
    // Confirmed seats do not expire.
    await maintain(hours(100));
    expect(await statuses(test.db)).toEqual({ 'deltager1@example.org': 'confirmed' });
  });

  it('releases an unconfirmed hold after its time and offers the seat to the first in line', async () => {
    await signUp(1);
    await signUp(2);
    await signUp(3);
    await signUp(4);
    const { confirmToken } = (await lastMailTo(test.db, 'deltager1@example.org')) as Kind<'confirm'>;
    expect(await confirm(test.db, confirmToken, hours(48))).toBe('expired');
    await maintain(hours(47));
    expect(await runCounters(test.db)).toMatchObject({ taken: 2, waiting: 2 });
    const report = await maintain(hours(49));
    expect(report).toMatchObject({ expiredHolds: 2, offered: 0 });
    expect(await statuses(test.db)).toMatchObject({
      'deltager1@example.org': 'expired',
      'deltager2@example.org': 'expired',
      'deltager3@example.org': 'offered',
      'deltager4@example.org': 'offered',
    });
    const offer = (await lastMailTo(test.db, 'deltager3@example.org')) as Kind<'offer'>;
    expect(offer).toMatchObject({ kind: 'offer', offerExpiresAt: hours(49 + 48).toISOString() });
    expect(await runCounters(test.db)).toMatchObject({ taken: 2, waiting: 0 });
    expect(await confirm(test.db, confirmToken, hours(49))).toBe('expired');
  });

  it('passes an unanswered offer to the next in line, in order', async () => {
    for (const n of [1, 2, 3, 4, 5]) await signUp(n);
    const stays = (await lastMailTo(test.db, 'deltager2@example.org')) as Kind<'confirm'>;
    expect(await confirm(test.db, stays.confirmToken, hours(1))).toBe('confirmed');
    const { cancelToken } = (await lastMailTo(test.db, 'deltager1@example.org')) as Kind<'confirm'>;
    expect(await cancel(test.db, cancelToken, hours(1), { mail: testMail })).toBe('cancelled');
    expect(await statuses(test.db)).toMatchObject({ 'deltager3@example.org': 'offered', 'deltager4@example.org': 'waiting' });
    const fiveReceipt = (await signUp(5)).kind === 'already-registered';
    expect(fiveReceipt).toBe(true);

    await maintain(hours(1 + 48));
    expect(await statuses(test.db)).toMatchObject({
      'deltager3@example.org': 'expired',
      'deltager4@example.org': 'offered',
      'deltager5@example.org': 'waiting',
    });
    const lapsed = (await lastMailTo(test.db, 'deltager3@example.org')) as Kind<'offer'>;
    expect(await acceptOffer(test.db, lapsed.acceptToken, hours(50))).toBe('expired');
    const offer = (await lastMailTo(test.db, 'deltager4@example.org')) as Kind<'offer'>;
    expect(await acceptOffer(test.db, offer.acceptToken, hours(50))).toBe('confirmed');
    expect(await acceptOffer(test.db, offer.acceptToken, hours(51))).toBe('already');
    expect(await runCounters(test.db)).toMatchObject({ taken: 2, waiting: 1 });
  });

  it('cancels until the run starts, frees the seat at once and moves the list up', async () => {
    for (const n of [1, 2, 3, 4, 5]) await signUp(n);
    const receipt5 = (await signUp(5, t0, undefined)) as { receipt: string };
    expect((await receiptStatus(test.db, receipt5.receipt))?.place).toBe(3);

    const waiting3 = (await lastMailTo(test.db, 'deltager3@example.org')) as Kind<'waiting'>;
    expect(await cancel(test.db, waiting3.cancelToken, hours(2), { mail: testMail })).toBe('cancelled');
    expect((await receiptStatus(test.db, receipt5.receipt))?.place).toBe(2);
    expect(await runCounters(test.db)).toMatchObject({ taken: 2, waiting: 2 });
    expect(await lastMailTo(test.db, 'deltager3@example.org')).toMatchObject({ kind: 'cancelled' });

    const held1 = (await mailsTo(test.db, 'deltager1@example.org'))[0] as Kind<'confirm'>;
    expect(await confirm(test.db, held1.confirmToken, hours(3))).toBe('confirmed');
    expect(await cancel(test.db, held1.cancelToken, hours(4), { mail: testMail })).toBe('cancelled');
    expect(await cancel(test.db, held1.cancelToken, hours(5), { mail: testMail })).toBe('already');
    expect(await statuses(test.db)).toMatchObject({ 'deltager4@example.org': 'offered', 'deltager5@example.org': 'waiting' });
    expect((await receiptStatus(test.db, receipt5.receipt))?.place).toBe(1);

    const held2 = (await mailsTo(test.db, 'deltager2@example.org'))[0] as Kind<'confirm'>;
    expect(await cancel(test.db, held2.cancelToken, policy.firstSessionStart, { mail: testMail })).toBe('too-late');
    expect(await cancel(test.db, 'y'.repeat(32), hours(1), { mail: testMail })).toBe('unknown');
  });

  it('lets someone who cancelled sign up again', async () => {
    await signUp(1);
    const { cancelToken } = (await lastMailTo(test.db, 'deltager1@example.org')) as Kind<'confirm'>;
    await cancel(test.db, cancelToken, hours(1), { mail: testMail });
    expect(await signUp(1, hours(2))).toMatchObject({ kind: 'held' });
  });

  it('is closed after the deadline, for a cancelled run and once the run has started', async () => {
    expect(await signUp(1, policy.registrationDeadline)).toEqual({ kind: 'closed', reason: 'deadline' });
    expect(await register(test.db, testPolicy({ cancelled: true }), person(1), { now: t0, mail: testMail })).toEqual({
      kind: 'closed',
      reason: 'cancelled',
    });
    const lateDeadline = testPolicy({ registrationDeadline: new Date('2027-04-01T00:00:00Z') });
    expect(await register(test.db, lateDeadline, person(1), { now: lateDeadline.firstSessionStart, mail: testMail })).toEqual({
      kind: 'closed',
      reason: 'started',
    });
    expect(await test.db.selectFrom('registrations').select('id').execute()).toEqual([]);
  });

  it('follows the clock it is given: a hold never lasts past the run start, and settings change the limits', async () => {
    const justBefore = new Date(policy.firstSessionStart.getTime() - 3_600_000);
    const late = testPolicy({ registrationDeadline: policy.firstSessionStart });
    expect(await register(test.db, late, person(1), { now: justBefore, mail: testMail })).toMatchObject({
      kind: 'held',
      holdExpiresAt: policy.firstSessionStart,
    });
    const settings = { holdHours: 2, offerHours: 1, retentionMonths: 12, auditRetentionMonths: 24 };
    expect(await register(test.db, policy, person(2), { now: t0, mail: testMail, settings })).toMatchObject({ holdExpiresAt: hours(2) });
  });

  it('offers seats that a larger capacity frees, and none on a cancelled run', async () => {
    for (const n of [1, 2, 3, 4]) await signUp(n);
    await maintain(hours(1), [testPolicy({ capacity: 3 })]);
    expect(await statuses(test.db)).toMatchObject({ 'deltager3@example.org': 'offered', 'deltager4@example.org': 'waiting' });
    // A cut below the seats taken keeps the seats people have.
    await maintain(hours(2), [testPolicy({ capacity: 1 })]);
    expect(await runCounters(test.db)).toMatchObject({ capacity: 3, taken: 3 });
    const { cancelToken } = (await lastMailTo(test.db, 'deltager1@example.org')) as Kind<'confirm'>;
    // A run the content cancels ends every registration on it (each person is told), and offers nothing.
    await maintain(hours(3), [testPolicy({ capacity: 3, cancelled: true })]);
    expect(await cancel(test.db, cancelToken, hours(3), { mail: testMail })).toBe('already');
    expect(await statuses(test.db)).toMatchObject({ 'deltager3@example.org': 'cancelled', 'deltager4@example.org': 'cancelled' });
    expect(await lastMailTo(test.db, 'deltager4@example.org')).toMatchObject({ kind: 'run-cancelled' });
  });

  it('has no limit when the content gives no capacity', async () => {
    const open = testPolicy({ capacity: undefined });
    for (const n of [1, 2, 3, 4, 5])
      expect(await register(test.db, open, person(n), { now: t0, mail: testMail })).toMatchObject({ kind: 'held' });
    expect((await availability(test.db, ['hold-1'], [open])).get('hold-1')).toEqual({
      capacity: undefined,
      taken: 5,
      waiting: 0,
      state: 'open',
    });
  });

  it('deletes personal data and its e-mails for real a year after the last session, not before', async () => {
    await signUp(1);
    await signUp(2);
    expect(await test.db.selectFrom('tokens').select('hash').execute()).toHaveLength(4);
    await register(test.db, testPolicy({ runId: 'later', lastSessionEnd: new Date('2027-06-01T15:00:00Z') }), person(3), {
      now: t0,
      mail: testMail,
    });
    const aYearAfter = new Date('2028-03-09T15:00:00.000Z');
    expect(await maintain(new Date(aYearAfter.getTime() - 1))).toMatchObject({ deletedRegistrations: 0 });
    expect(await maintain(aYearAfter)).toMatchObject({ deletedRegistrations: 2 });
    const left = await test.db.selectFrom('registrations').select('email').execute();
    expect(left).toEqual([{ email: 'deltager3@example.org' }]);
    expect(await test.db.selectFrom('outbox').select('to_address').execute()).toEqual([{ to_address: 'deltager3@example.org' }]);
    const gone = await test.db
      .selectFrom('tokens')
      .select('hash')
      .where('registration_id', 'not in', test.db.selectFrom('registrations').select('id'))
      .execute();
    expect(gone).toEqual([]);
  });

  it('limits requests per key in fixed windows, counted in the database for every server', async () => {
    const second = test.connect();
    const options = { limit: 3, windowMs: 60_000, now: new Date('2027-01-04T09:00:10Z') };
    const results = [];
    for (const db of [test.db, second, test.db, second]) results.push(await rateLimit(db, 'ip:192.0.2.1', options));
    expect(results).toEqual([true, true, true, false]);
    expect(await rateLimit(test.db, 'ip:192.0.2.2', options)).toBe(true);
    expect(await rateLimit(second, 'ip:192.0.2.1', { ...options, now: new Date('2027-01-04T09:01:00Z') })).toBe(true);
    const stored = await test.db.selectFrom('rate_limits').select('key').execute();
    expect(stored.map((row) => row.key).join()).not.toContain('192.0.2');
    await maintain(new Date('2027-01-04T09:02:00Z'));
    expect(await test.db.selectFrom('rate_limits').select('key').execute()).toEqual([]);
  });
});
