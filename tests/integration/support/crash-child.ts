/**
 * A "server" for the crash test: registers people 0..count-1 with a few
 * requests in flight and prints each answer as one JSON line the moment it
 * has it (stdout to a pipe is synchronous on Linux), until it is killed.
 */
import { openDatabase, type DatabaseConfig } from '@/lib/db';
import { register } from '@/lib/registration';
import { person, t0, testMail, testPolicy } from './registration';

const config = JSON.parse(process.argv[2]!) as DatabaseConfig;
const count = Number(process.argv[3]);
const inFlight = 8;
const { db } = openDatabase(config);
const policy = testPolicy({ capacity: 20 });

let next = 0;
async function worker() {
  while (next < count) {
    const n = next++;
    const outcome = await register(db, policy, person(n), { now: t0, mail: testMail, idempotencyKey: `crash-${n}` });
    process.stdout.write(`${JSON.stringify({ n, outcome })}\n`);
  }
}
await Promise.all(Array.from({ length: inFlight }, worker));
await db.destroy();
process.stdout.write('done\n');
