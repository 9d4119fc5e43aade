import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConsistent, expectWhole } from '../integration/support/consistency';
import { databaseKinds } from '../integration/support/databases';
import { answered, type Deployment, expectReceipts, formFields, sendBurst, startDeployment, twentySeats } from './burst';
import { type Mail } from './server';

// 200 people send the form at the same moment for a run with 20 seats: against one server on
// SQLite, and (under .ci/postgres) against two servers on one PostgreSQL, the requests spread over
// both. lib/registration's own tests do the same below HTTP.
describe.each(databaseKinds)('200 people send the form at once for 20 seats, on %s', (kind) => {
  let deployment: Deployment;
  beforeAll(async () => {
    deployment = await startDeployment(kind);
  });
  afterAll(() => deployment?.stop());

  it(
    'gives exactly 20 seats and waiting-list places 1–180, a definite answer to each, no 5xx, one e-mail each',
    { timeout: 180_000 },
    async () => {
      const { servers, database } = deployment;
      const fields = await formFields(servers[0]!);
      const started = performance.now();
      const answers = await sendBurst(servers, fields, 200);
      console.log(
        `${kind}, ${servers.length} server(s): 200 simultaneous registrations answered in ${Math.round(performance.now() - started)} ms`,
      );
      expect(answers.filter((answer) => !answered(answer))).toEqual([]);
      const replies = answers.filter(answered);
      expect(replies.filter((answer) => answer.status >= 500)).toEqual([]);
      expect(replies.map((answer) => answer.status)).toEqual(answers.map(() => 303));

      // The database holds what the people were told: counters equal the rows, every registration
      // whole, one e-mail each in the outbox, and each receipt a registration of its own.
      const { rows, holding, waiting } = await expectConsistent(database.db, twentySeats.capacity, twentySeats.runId);
      expect(rows).toHaveLength(200);
      expect(holding).toHaveLength(20);
      expect(waiting).toHaveLength(180);
      await expectWhole(database.db, rows);
      await expectReceipts(servers, replies, rows);

      // Every server runs an outbox worker on the one database; together they write each message once.
      const everyMail = async () => (await Promise.all(servers.map((server) => server.mails()))).flat();
      let mails: Mail[] = [];
      for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 250))) {
        mails = await everyMail();
        if (mails.length >= 200) break;
      }
      await new Promise((resolve) => setTimeout(resolve, 600));
      mails = await everyMail();
      expect(mails.map((mail) => mail.to).sort()).toEqual(rows.map((row) => row.email).sort());
    },
  );
});
