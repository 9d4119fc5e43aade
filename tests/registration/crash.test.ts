import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConsistent, expectWhole } from '../integration/support/consistency';
import { databaseKinds } from '../integration/support/databases';
import {
  type Answer,
  answered,
  type Deployment,
  expectReceipts,
  formFields,
  receiptOf,
  send,
  sendBurst,
  startDeployment,
  twentySeats,
} from './burst';

// A server killed with SIGKILL in the middle of a burst of 200 (SQLite: the one server; PostgreSQL:
// one of two), then started again. A receipt (303 and its Location) goes out only after the
// registration's transaction committed, so everyone who got one must be in the database, and a
// registration cut off mid-transaction must have left nothing. lib/registration's crash test does
// the same below HTTP.
describe.each(databaseKinds)('a server killed mid-burst, on %s', (kind) => {
  let deployment: Deployment;
  beforeAll(async () => {
    deployment = await startDeployment(kind);
  });
  afterAll(() => deployment?.stop());

  it(
    'keeps every registration whose receipt was sent, none half-written, no seat counted twice; retries finish the rest',
    { timeout: 180_000 },
    async () => {
      const { servers, database } = deployment;
      const fields = await formFields(servers[0]!);
      // Killed when it has answered half of the requests sent to it: the rest are in flight, some mid-transaction.
      const killAfter = Math.floor(200 / servers.length / 2);
      let victimAnswered = 0;
      let killed: Promise<void> | undefined;
      const answers = await sendBurst(servers, fields, 200, (answer) => {
        if (answer.server === 0 && answered(answer) && ++victimAnswered === killAfter) killed = servers[0]!.kill();
      });
      expect(killed).toBeDefined();
      await killed;
      const replies = answers.filter(answered);
      const cutOff = answers.filter((answer) => !answered(answer));
      expect(cutOff.length).toBeGreaterThan(0);
      // The other server (PostgreSQL) went on answering; nothing anywhere was a 5xx.
      expect(cutOff.filter((answer) => answer.server !== 0)).toEqual([]);
      expect(replies.map((answer) => answer.status)).toEqual(replies.map(() => 303));

      await servers[0]!.restart();
      const afterCrash = await expectConsistent(database.db, twentySeats.capacity, twentySeats.runId);
      await expectWhole(database.db, afterCrash.rows);
      const stored = new Set(afterCrash.rows.map((row) => row.receipt));
      // More stored than answered: those were cut off between their commit and their answer.
      console.log(`${kind}: ${replies.length} answered, ${cutOff.length} cut off by the kill, ${stored.size} stored`);
      expect(replies.filter((answer) => !stored.has(receiptOf(answer.location)!))).toEqual([]);

      // The browsers that got no answer send the same form again (same token): each gets a receipt, and
      // one cut off after its commit gets the registration it already has rather than a second.
      const retried: Answer[] = await Promise.all(cutOff.map((answer) => send(servers, answer.server, fields, answer.index)));
      expect(retried.map((answer) => (answered(answer) ? answer.status : answer.error))).toEqual(retried.map(() => 303));
      const { rows, holding, waiting } = await expectConsistent(database.db, twentySeats.capacity, twentySeats.runId);
      expect(rows).toHaveLength(200);
      expect(holding).toHaveLength(20);
      expect(waiting).toHaveLength(180);
      await expectWhole(database.db, rows);
      // A browser that did get its answer and sends again anyway (every tenth) is shown the same receipt.
      const again = await Promise.all(
        replies.filter((answer) => answer.index % 10 === 0).map((answer) => send(servers, answer.server, fields, answer.index)),
      );
      expect(again.map((answer) => (answered(answer) ? answer.location : answer.error))).toEqual(
        replies.filter((answer) => answer.index % 10 === 0).map((answer) => answer.location),
      );
      // Everyone now has a receipt of their own, and the pages say what is stored (those answered before the kill included).
      await expectReceipts(servers, [...replies, ...retried.filter(answered)], rows);
    },
  );
});
