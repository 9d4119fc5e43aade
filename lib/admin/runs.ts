import type { Kysely } from 'kysely';
import type { Course } from '@/lib/content/courses';
import type { Run } from '@/lib/content/schemas/course';
import { runEnd, runStart } from '@/lib/courses/schedule';
import type { Database, RegistrationStatus } from '@/lib/db/schema';
import { hasPortalRegistration } from '@/lib/forms/run-policy';
import { runKey } from '@/lib/registration';

export interface RunCounts {
  confirmed: number;
  held: number;
  offered: number;
  waiting: number;
}

export interface StoredRun {
  counts: RunCounts;
  cancelledAt: string | null;
}

const emptyCounts = (): RunCounts => ({ confirmed: 0, held: 0, offered: 0, waiting: 0 });

/** People per state on every run the database knows, by `<course>/<run>`. */
export async function loadStoredRuns(db: Kysely<Database>): Promise<Map<string, StoredRun>> {
  const [runs, counts] = await Promise.all([
    db.selectFrom('runs').select(['id', 'cancelled_at']).execute(),
    db
      .selectFrom('registrations')
      .select(['run_id', 'status', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('status', 'in', ['held', 'confirmed', 'waiting', 'offered'])
      .groupBy(['run_id', 'status'])
      .execute(),
  ]);
  const stored = new Map(runs.map((run) => [run.id, { counts: emptyCounts(), cancelledAt: run.cancelled_at }]));
  for (const row of counts) {
    const entry = stored.get(row.run_id);
    if (entry) entry.counts[row.status as Exclude<RegistrationStatus, 'cancelled' | 'expired'>] = Number(row.n);
  }
  return stored;
}

export interface RunRow {
  key: string;
  courseSlug: string;
  courseTitle: string;
  runId: string;
  start: Date;
  end: Date;
  /** The last day to sign up (YYYY-MM-DD), as the content gives it. */
  deadline: string;
  capacity?: number;
  counts: RunCounts;
  /** Cancelled in the content or by staff. */
  cancelled: boolean;
}

/**
 * The runs the portal takes registrations for, upcoming (soonest first) and past (latest first).
 * A run has passed once its last session has ended.
 */
export function overviewRows(
  courses: readonly Course[],
  stored: ReadonlyMap<string, StoredRun>,
  now: Date,
): { upcoming: RunRow[]; past: RunRow[] } {
  const rows = courses.flatMap((course) =>
    course.runs
      .filter(hasPortalRegistration)
      .map((run) => runRow(course, run, stored.get(runKey({ courseSlug: course.slug, runId: run.id })))),
  );
  const upcoming = rows.filter((row) => row.end > now).sort((a, b) => a.start.getTime() - b.start.getTime());
  const past = rows.filter((row) => row.end <= now).sort((a, b) => b.start.getTime() - a.start.getTime());
  return { upcoming, past };
}

export function runRow(course: Course, run: Run, stored: StoredRun | undefined): RunRow {
  return {
    key: runKey({ courseSlug: course.slug, runId: run.id }),
    courseSlug: course.slug,
    courseTitle: course.title.da,
    runId: run.id,
    start: runStart(run),
    end: runEnd(run),
    deadline: run.registrationDeadline,
    capacity: run.capacity,
    counts: stored?.counts ?? emptyCounts(),
    cancelled: run.status === 'cancelled' || Boolean(stored?.cancelledAt),
  };
}

/** The course and run behind an address in the back office, if the portal takes registrations for it. */
export function findPortalRun(courses: readonly Course[], courseSlug: string, runId: string): { course: Course; run: Run } | undefined {
  const course = courses.find((candidate) => candidate.slug === courseSlug);
  const run = course?.runs.find((candidate) => candidate.id === runId);
  return course && run && hasPortalRegistration(run) ? { course, run } : undefined;
}

/** Whether a seat is free now (held, offered and confirmed seats are taken). */
export function hasFreeSeat(row: Pick<RunRow, 'capacity' | 'counts' | 'cancelled'>): boolean {
  if (row.cancelled) return false;
  if (row.capacity === undefined) return true;
  return row.counts.confirmed + row.counts.held + row.counts.offered < row.capacity;
}
