/**
 * Registrations per second and latency at 50 concurrent clients, on SQLite
 * and on PostgreSQL in one run (`npm run bench:registration` starts a
 * throwaway PostgreSQL through .ci/postgres). Each client request does what
 * the form does after validation: two rate-limit checks (IP, e-mail) and one
 * registration, through the lib API (not HTTP), with an e-mail of realistic
 * size and its .ics written to the outbox. All requests go to one run of
 * 100 seats — the worst case, every request waits for the same row.
 */
import os from 'node:os';
import type { DatabaseKind } from '@/lib/db';
import { runCalendar } from '@/lib/courses/ics';
import { rateLimit, register, type ComposeMail } from '@/lib/registration';
import { createTestDatabase, postgresUrl } from '../integration/support/databases';
import { person, t0, testPolicy } from '../integration/support/registration';

const clients = 50;
const requests = Number(process.env.BENCH_REQUESTS ?? 2000);
const runs = Number(process.env.BENCH_RUNS ?? 1);
const policies = Array.from({ length: runs }, (_, i) => testPolicy({ runId: `hold-${i + 1}`, capacity: 100 }));
const calendar = runCalendar({
  uid: 'bench/basis/hold-1',
  title: 'Kursus',
  description: 'Beskrivelse '.repeat(20),
  location: 'Odense',
  url: 'https://portal.example/kurser/basis',
  sessions: [
    { start: '2027-03-02T09:00', end: '2027-03-02T16:00' },
    { start: '2027-03-09T09:00', end: '2027-03-09T16:00' },
  ],
  cancelled: false,
});
const mail: ComposeMail = (request) => ({
  subject: `Tilmelding: ${request.kind}`,
  text: `${JSON.stringify(request)}\n${'Tekst i e-mailen. '.repeat(80)}`,
  attachments:
    request.kind === 'confirm' ? [{ filename: 'hold-1.ics', contentType: 'text/calendar; charset=utf-8', content: calendar }] : [],
});

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function bench(kind: DatabaseKind) {
  const test = await createTestDatabase(kind, 20);
  try {
    const latencies: number[] = [];
    let next = 0;
    let errors = 0;
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    await Promise.all(
      Array.from({ length: clients }, async (_, client) => {
        while (next < requests) {
          const n = next++;
          const registrant = person(n);
          const begin = performance.now();
          try {
            const options = { limit: 1000, windowMs: 600_000, now: t0 };
            if (!(await rateLimit(test.db, `ip:198.51.100.${client}`, options))) throw new Error('rate limited');
            if (!(await rateLimit(test.db, `email:${registrant.email}`, options))) throw new Error('rate limited');
            const outcome = await register(test.db, policies[n % runs]!, registrant, { now: t0, mail, idempotencyKey: `bench-${n}` });
            if (outcome.kind !== 'held' && outcome.kind !== 'waiting') throw new Error(outcome.kind);
          } catch (error) {
            errors += 1;
            if (errors <= 3) console.error(error);
          }
          latencies.push(performance.now() - begin);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    latencies.sort((a, b) => a - b);
    return {
      database: kind,
      requests,
      errors,
      perSecond: Math.round(requests / seconds),
      p50ms: Math.round(percentile(latencies, 50)),
      p99ms: Math.round(percentile(latencies, 99)),
      // This process's CPU per request: on a loaded machine, the figure that does not depend on the neighbours.
      cpuMsPerRequest: Number(((cpu.user + cpu.system) / 1000 / requests).toFixed(2)),
    };
  } finally {
    await test.drop();
  }
}

const kinds: DatabaseKind[] = postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];
if (!postgresUrl) console.error('No DATABASE_URL: SQLite only (npm run bench:registration starts PostgreSQL itself).');
console.log(
  `registration bench ${new Date().toISOString()}, ${clients} concurrent clients, ${requests} requests, node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(2)}`,
);
const results = [];
for (const kind of kinds) {
  results.push(await bench(kind));
  console.log(JSON.stringify(results.at(-1)));
}
console.table(results);
if (results.some((r) => r.errors > 0)) process.exitCode = 1;
