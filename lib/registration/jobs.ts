import type { Kysely } from 'kysely';
import { dataDir } from '@/lib/db/connect';
import type { Database } from '@/lib/db/schema';
import type { MailTransport } from '@/lib/mail/message';
import { deliverPending } from '@/lib/mail/outbox';
import { transportFromEnv } from '@/lib/mail/transport';
import { runMaintenance } from './maintenance';
import type { ComposeMail, RunPolicy } from './types';

export interface BackgroundJobOptions {
  db: Kysely<Database>;
  /** Every run in the content now (reloaded each round, so edits are seen). */
  policies: () => readonly RunPolicy[] | Promise<readonly RunPolicy[]>;
  mail: ComposeMail;
  /** Default: SMTP_URL, else .eml files in <data>/mail/. */
  transport?: MailTransport;
  clock?: () => Date;
  /** Between rounds of sending the outbox (default 10 s). */
  mailIntervalMs?: number;
  /** Between maintenance rounds (default 5 min). */
  maintenanceIntervalMs?: number;
  onError?: (error: unknown) => void;
  /** Runs after each round of sending (the advice requests settle their delivered e-mails). */
  afterSend?: () => Promise<unknown>;
}

export interface BackgroundJobs {
  /** One round of each job now; resolves when both are done. */
  runOnce(): Promise<void>;
  /** Stops the timers and waits for a round in progress. */
  stop(): Promise<void>;
}

/**
 * The outbox worker and the maintenance job on timers that do not keep the
 * process alive. A round never overlaps the previous one of the same job.
 */
export function startBackgroundJobs(options: BackgroundJobOptions): BackgroundJobs {
  const clock = options.clock ?? (() => new Date());
  const transport = options.transport ?? transportFromEnv(dataDir());
  const onError = options.onError ?? ((error: unknown) => console.error('registration background job:', error));
  let stopped = false;

  const inProgress = new Set<Promise<void>>();
  function serial(job: () => Promise<unknown>): () => Promise<void> {
    let running: Promise<void> | undefined;
    return () => {
      if (stopped) return running ?? Promise.resolve();
      if (!running) {
        const round: Promise<void> = job()
          .then(() => undefined, onError)
          .finally(() => {
            running = undefined;
            inProgress.delete(round);
          });
        running = round;
        inProgress.add(round);
      }
      return running;
    };
  }
  const sendMail = serial(async () => {
    // Keep going while whole batches come back: a burst of registrations drains in one round.
    for (let round = 0; round < 50 && !stopped; round += 1) {
      const report = await deliverPending(options.db, transport, { now: clock() });
      if (report.sent + report.failed < 20 || report.failed > 0) break;
    }
    await options.afterSend?.();
  });
  const maintain = serial(async () => runMaintenance(options.db, await options.policies(), clock(), { mail: options.mail }));

  const timers = [
    setInterval(sendMail, options.mailIntervalMs ?? 10_000),
    setInterval(maintain, options.maintenanceIntervalMs ?? 5 * 60_000),
  ];
  for (const timer of timers) timer.unref();

  return {
    async runOnce() {
      await maintain();
      await sendMail();
    },
    async stop() {
      stopped = true;
      for (const timer of timers) clearInterval(timer);
      await Promise.all(inProgress);
      transport.close?.();
    },
  };
}
