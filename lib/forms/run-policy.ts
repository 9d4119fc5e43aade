import type { Course } from '@/lib/content/courses';
import type { Run } from '@/lib/content/schemas/course';
import { registrationClosed, runEnd, runStart } from '@/lib/courses/schedule';
import { endOfCopenhagenDay } from '@/lib/courses/time';
import { type RunPolicy } from '@/lib/registration/types';

/** What the seat rules need to know about a run, from the content. */
export function runPolicy(course: Course, run: Run): RunPolicy {
  return {
    runId: run.id,
    courseSlug: course.slug,
    capacity: run.capacity,
    registrationDeadline: endOfCopenhagenDay(run.registrationDeadline),
    firstSessionStart: runStart(run),
    lastSessionEnd: runEnd(run),
    cancelled: run.status === 'cancelled',
  };
}

/**
 * Whether the run takes registrations through the portal now. The content decides which runs do:
 * those with a capacity (the seats the database counts) and no link or address of their own to
 * sign up by. Then the run must be open (not cancelled, and not marked full by an editor) and
 * its deadline not passed.
 */
export function takesRegistrations(run: Run, now: Date): boolean {
  return (
    run.capacity !== undefined &&
    run.registration === undefined &&
    (run.status === 'open' || run.status === 'few-places') &&
    !registrationClosed(run, now)
  );
}

/** Whether the run's registration form exists at all (open or not): the runs the portal counts seats for. */
export function hasPortalRegistration(run: Run): boolean {
  return run.capacity !== undefined && run.registration === undefined;
}
