import { getContent } from '@/lib/content';
import { currentTime } from '@/lib/courses/clock';
import { adviceAfterSend } from '@/lib/advice/jobs';
import { getDb } from '@/lib/db';
import { startBackgroundJobs } from '@/lib/registration';
import { composeMail } from './registration-service';
import { hasPortalRegistration, runPolicy } from './run-policy';

/**
 * Starts registration's background work in the server process (instrumentation.ts): the outbox
 * worker that sends the e-mails, and the maintenance job (expired holds and offers, the waiting
 * list, deletion past retention), and after each round of sending, the advice requests' clean-up. MAIL_INTERVAL_MS shortens the outbox's round, for tests.
 */
export async function startRegistrationJobs(): Promise<void> {
  const db = await getDb();
  const interval = Number(process.env.MAIL_INTERVAL_MS);
  startBackgroundJobs({
    db,
    policies: () =>
      getContent().courses.flatMap((course) => course.runs.filter(hasPortalRegistration).map((run) => runPolicy(course, run))),
    mail: composeMail,
    clock: currentTime,
    mailIntervalMs: Number.isFinite(interval) && interval > 0 ? interval : undefined,
    afterSend: adviceAfterSend(db, currentTime),
  });
}
