import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { register, type RegisterOutcome } from '@/lib/registration';
import { expectConsistent } from './support/consistency';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { person, t0, testMail, testPolicy } from './support/registration';

describe.each(databaseKinds)('200 people register at once for 20 seats on %s', (kind) => {
  let test: TestDatabase;
  beforeEach(async () => {
    test = await createTestDatabase(kind, 10);
  });
  afterEach(async () => {
    await test.drop();
  });

  it('gives exactly 20 seats and waiting places 1–180, a definite answer to every call and one e-mail each', async () => {
    const policy = testPolicy({ capacity: 20 });
    // PostgreSQL: two servers, each with its own pool, on one database. SQLite: one server, one file.
    const servers = kind === 'postgres' ? [test.db, test.connect(10)] : [test.db];
    const calls = Array.from({ length: 200 }, (_, n) =>
      register(servers[n % servers.length]!, policy, person(n), { now: t0, mail: testMail, idempotencyKey: `key-${n}` }).then(
        (outcome): RegisterOutcome | { kind: 'error'; error: unknown } => outcome,
        (error: unknown) => ({ kind: 'error' as const, error }),
      ),
    );
    const outcomes = await Promise.all(calls);

    const errors = outcomes.filter((o) => o.kind === 'error');
    expect(errors).toEqual([]);
    expect(outcomes.filter((o) => o.kind === 'held')).toHaveLength(20);
    const places = outcomes.flatMap((o) => (o.kind === 'waiting' ? [o.place] : [])).sort((a, b) => a - b);
    expect(places).toEqual(Array.from({ length: 180 }, (_, i) => i + 1));

    const { rows, holding, waiting } = await expectConsistent(test.db, 20);
    expect(rows).toHaveLength(200);
    expect(holding).toHaveLength(20);
    expect(waiting).toHaveLength(180);
    // What each caller was told is what the database says.
    const byReceipt = new Map(rows.map((row) => [row.receipt, row]));
    for (const outcome of outcomes) {
      if (outcome.kind === 'waiting') expect(byReceipt.get(outcome.receipt)?.first_place).toBe(outcome.place);
      if (outcome.kind === 'held') expect(byReceipt.get(outcome.receipt)?.status).toBe('held');
    }

    // The same 200 requests again (a retry storm) change nothing.
    const again = await Promise.all(
      Array.from({ length: 200 }, (_, n) =>
        register(servers[(n + 1) % servers.length]!, policy, person(n), { now: t0, mail: testMail, idempotencyKey: `key-${n}` }),
      ),
    );
    expect(again).toEqual(outcomes);
    expect(await test.db.selectFrom('outbox').select('id').execute()).toHaveLength(200);
  }, 120_000);
});
