import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOutbox, retryMessage } from '@/lib/admin/outbox';
import { loadParticipants } from '@/lib/admin/participants';
import { loadStoredRuns } from '@/lib/admin/runs';
import { listAudit } from '@/lib/audit/log';
import { availability, confirm, register, runMaintenance, type RegistrationMailRequest } from '@/lib/registration';
import { registrationHistory } from '@/lib/registration/history';
import { cancelRegistrationByStaff, cancelRunByStaff, offerSeatAheadOfTurn, resendRegistrationMail } from '@/lib/registration/staff';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { hours, lastMailTo, mailsTo, person, runCounters, statuses, t0, testMail, testPolicy } from './support/registration';

type Kind<K extends RegistrationMailRequest['kind']> = Extract<RegistrationMailRequest, { kind: K }>;

const actor = { id: 'kursus@example.test', name: 'Kursus Medarbejder' };

describe.each(databaseKinds)('staff actions on %s', (kind) => {
  let test: TestDatabase;
  beforeEach(async () => {
    test = await createTestDatabase(kind);
  });
  afterEach(async () => {
    await test.drop();
  });

  const policy = testPolicy();
  const staff = (now = hours(1)) => ({ now, actor, mail: testMail });
  const signUp = async (n: number, now = t0) => {
    await register(test.db, policy, person(n), { now, mail: testMail });
    return (
      await test.db.selectFrom('registrations').select('id').where('email', '=', `deltager${n}@example.org`).executeTakeFirstOrThrow()
    ).id;
  };

  it('cancels a place, tells the person, offers the seat to the first in line, and logs it all', async () => {
    const first = await signUp(1);
    await signUp(2);
    const third = await signUp(3, hours(0.5));
    expect(await cancelRegistrationByStaff(test.db, first, staff())).toBe('cancelled');
    expect(await statuses(test.db)).toEqual({
      'deltager1@example.org': 'cancelled',
      'deltager2@example.org': 'held',
      'deltager3@example.org': 'offered',
    });
    expect(await lastMailTo(test.db, 'deltager1@example.org')).toMatchObject({ kind: 'cancelled', byCentre: true });
    expect(await lastMailTo(test.db, 'deltager3@example.org')).toMatchObject({ kind: 'offer' });
    expect(await runCounters(test.db)).toMatchObject({ taken: 2, waiting: 0 });
    expect((await registrationHistory(test.db, first)).map((entry) => [entry.event, entry.actor])).toEqual([
      ['held', null],
      ['cancelled-by-staff', actor.id],
    ]);
    expect((await registrationHistory(test.db, third)).map((entry) => entry.event)).toEqual(['waiting', 'offered']);
    const [entry] = await listAudit(test.db);
    expect(entry).toMatchObject({
      actor: actor.id,
      actorName: actor.name,
      action: 'cancelled-registration',
      runId: 'basis/hold-1',
      registrationId: first,
      participantName: 'Deltager 1',
    });
    // A second press changes nothing and sends nothing.
    expect(await cancelRegistrationByStaff(test.db, first, staff())).toBe('not-active');
    expect(await mailsTo(test.db, 'deltager1@example.org')).toHaveLength(2);
    expect(await cancelRegistrationByStaff(test.db, 'no-such-id', staff())).toBe('unknown');
  });

  it('hands a freed seat to someone chosen from the waiting list, ahead of their turn', async () => {
    const first = await signUp(1);
    await signUp(2);
    await signUp(3, hours(0.1));
    const fourth = await signUp(4, hours(0.2));
    expect(await cancelRegistrationByStaff(test.db, first, { ...staff(), giveSeatTo: fourth })).toBe('cancelled');
    expect(await statuses(test.db)).toMatchObject({ 'deltager3@example.org': 'waiting', 'deltager4@example.org': 'offered' });
    expect(await lastMailTo(test.db, 'deltager4@example.org')).toMatchObject({ kind: 'offer' });
    expect((await registrationHistory(test.db, fourth)).map((entry) => [entry.event, entry.actor])).toEqual([
      ['waiting', null],
      ['offered-by-staff', actor.id],
    ]);
    expect(await runCounters(test.db)).toMatchObject({ taken: 2, waiting: 1 });
  });

  it('offers a free seat ahead of turn only when one is free', async () => {
    await signUp(1);
    await signUp(2);
    await signUp(3, hours(0.1));
    const fourth = await signUp(4, hours(0.2));
    expect(await offerSeatAheadOfTurn(test.db, fourth, staff())).toBe('full');
    // A larger capacity in the content frees a seat; staff give it to number two in line.
    const larger = testPolicy({ capacity: 3 });
    await test.db.updateTable('runs').set({ capacity: 3 }).where('id', '=', 'basis/hold-1').execute();
    expect(await offerSeatAheadOfTurn(test.db, fourth, { ...staff(), now: hours(2) })).toBe('offered');
    expect(await statuses(test.db)).toMatchObject({ 'deltager3@example.org': 'waiting', 'deltager4@example.org': 'offered' });
    expect(await offerSeatAheadOfTurn(test.db, fourth, staff())).toBe('not-waiting');
    await runMaintenance(test.db, [larger], hours(3), { mail: testMail });
    expect(await statuses(test.db)).toMatchObject({ 'deltager3@example.org': 'waiting' });
    expect((await listAudit(test.db)).map((entry) => entry.action)).toEqual(['offered-seat']);
  });

  it('sends the e-mail that fits the state again, with links that work', async () => {
    const first = await signUp(1);
    expect(await resendRegistrationMail(test.db, first, staff())).toBe('sent');
    // A double click sends one e-mail.
    expect(await resendRegistrationMail(test.db, first, staff())).toBe('sent');
    expect(await mailsTo(test.db, 'deltager1@example.org')).toHaveLength(2);
    const again = (await lastMailTo(test.db, 'deltager1@example.org')) as Kind<'confirm'>;
    expect(again.kind).toBe('confirm');
    expect(await confirm(test.db, again.confirmToken, hours(2))).toBe('confirmed');
    expect(await resendRegistrationMail(test.db, first, staff(hours(3)))).toBe('sent');
    expect(await lastMailTo(test.db, 'deltager1@example.org')).toMatchObject({ kind: 'confirmed' });
    await signUp(2);
    const third = await signUp(3);
    expect(await resendRegistrationMail(test.db, third, staff())).toBe('sent');
    expect(await lastMailTo(test.db, 'deltager3@example.org')).toMatchObject({ kind: 'waiting', place: 1 });
    expect((await registrationHistory(test.db, first)).map((entry) => entry.event)).toEqual([
      'held',
      'mail-resent',
      'confirmed',
      'mail-resent',
    ]);
  });

  it('cancels a whole run: everyone is told, nobody can sign up, and the content cannot reopen it', async () => {
    await signUp(1);
    await signUp(2);
    await signUp(3);
    expect(await cancelRunByStaff(test.db, policy, staff())).toEqual({ kind: 'cancelled', told: 3 });
    for (const n of [1, 2, 3]) expect(await lastMailTo(test.db, `deltager${n}@example.org`)).toMatchObject({ kind: 'run-cancelled' });
    expect(Object.values(await statuses(test.db))).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(await runCounters(test.db)).toMatchObject({ taken: 0, waiting: 0 });
    expect(await register(test.db, policy, person(4), { now: hours(2), mail: testMail })).toEqual({ kind: 'closed', reason: 'cancelled' });
    expect((await availability(test.db, ['hold-1'], [policy])).get('hold-1')?.state).toBe('cancelled');
    await runMaintenance(test.db, [policy], hours(3), { mail: testMail });
    expect((await test.db.selectFrom('runs').select('cancelled').executeTakeFirstOrThrow()).cancelled).toBe(1);
    expect((await loadStoredRuns(test.db)).get('basis/hold-1')?.cancelledAt).toBe(hours(1).toISOString());
    expect(await cancelRunByStaff(test.db, policy, staff())).toEqual({ kind: 'already' });
    expect((await listAudit(test.db)).map((entry) => [entry.action, entry.detail])).toEqual([['cancelled-run', '3']]);
  });

  it('tells everyone once when an editor cancels the run in the content', async () => {
    await signUp(1);
    await signUp(2);
    await signUp(3);
    const cancelled = testPolicy({ cancelled: true });
    expect((await runMaintenance(test.db, [cancelled], hours(2), { mail: testMail })).runCancelledNotices).toBe(3);
    expect((await runMaintenance(test.db, [cancelled], hours(3), { mail: testMail })).runCancelledNotices).toBe(0);
    for (const n of [1, 2, 3]) {
      const mails = await mailsTo(test.db, `deltager${n}@example.org`);
      expect(mails.filter((mail) => mail.kind === 'run-cancelled')).toHaveLength(1);
    }
    expect(Object.values(await statuses(test.db))).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(await runCounters(test.db)).toMatchObject({ taken: 0, waiting: 0 });
    expect(await listAudit(test.db)).toEqual([]);
  });

  it('shows the outbox by state and moves a failed message to the front', async () => {
    await signUp(1);
    const message = await test.db.selectFrom('outbox').select('id').executeTakeFirstOrThrow();
    await test.db
      .updateTable('outbox')
      .set({ last_error: 'connection refused', attempts: 3, next_attempt_at: hours(5).toISOString() })
      .execute();
    const before = await loadOutbox(test.db);
    expect(before.failed.map((m) => [m.to, m.lastError, m.runId])).toEqual([
      ['deltager1@example.org', 'connection refused', 'basis/hold-1'],
    ]);
    expect(before.waiting).toEqual([]);
    expect(await retryMessage(test.db, message.id, hours(1), actor)).toBe('queued');
    expect((await test.db.selectFrom('outbox').select('next_attempt_at').executeTakeFirstOrThrow()).next_attempt_at).toBe(
      hours(1).toISOString(),
    );
    await test.db
      .updateTable('outbox')
      .set({ sent_at: hours(1).toISOString() })
      .execute();
    expect(await retryMessage(test.db, message.id, hours(1), actor)).toBe('already-sent');
    expect(await retryMessage(test.db, 'nope', hours(1), actor)).toBe('unknown');
    expect((await loadOutbox(test.db)).sent).toHaveLength(1);
  });

  it('deletes history with the registration, and audit entries past their time', async () => {
    const first = await signUp(1);
    await cancelRegistrationByStaff(test.db, first, staff());
    await runMaintenance(test.db, [policy], new Date('2028-04-01T00:00:00Z'), { mail: testMail });
    expect(await test.db.selectFrom('registration_events').selectAll().execute()).toEqual([]);
    expect(await loadParticipants(test.db, 'basis/hold-1')).toEqual([]);
    const [kept] = await listAudit(test.db);
    expect(kept).toMatchObject({ action: 'cancelled-registration', participantName: null });
    await runMaintenance(test.db, [policy], new Date('2029-01-05T00:00:00Z'), { mail: testMail });
    expect(await listAudit(test.db)).toEqual([]);
  });
});
