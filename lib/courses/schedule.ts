import type { Course } from '@/lib/content/courses';
import type { Run, Session } from '@/lib/content/schemas/course';
import { copenhagenToUtc, endOfCopenhagenDay } from './time';

export interface TimedSession {
  start: Date;
  end: Date;
}

export function sessionTimes(session: Session): TimedSession {
  return { start: copenhagenToUtc(session.start), end: copenhagenToUtc(session.end) };
}

/** When the run's last session ends: after that the run belongs in the archive. */
export function runEnd(run: Run): Date {
  return new Date(Math.max(...run.sessions.map((s) => copenhagenToUtc(s.end).getTime())));
}

export function runStart(run: Run): Date {
  return new Date(Math.min(...run.sessions.map((s) => copenhagenToUtc(s.start).getTime())));
}

export function isArchived(run: Run, now: Date): boolean {
  return runEnd(run).getTime() <= now.getTime();
}

/** The session that is on now or comes next; undefined once the run is over. */
export function nextSession(run: Run, now: Date): TimedSession | undefined {
  return run.sessions.map(sessionTimes).find((session) => session.end.getTime() > now.getTime());
}

export function registrationClosed(run: Run, now: Date): boolean {
  return endOfCopenhagenDay(run.registrationDeadline).getTime() <= now.getTime();
}

export interface PlannedCourse {
  course: Course;
  /** Runs not yet over, in date order. */
  upcomingRuns: Run[];
  /** What the list is sorted by: the next session of a run that is not cancelled, if there is one. */
  nextDate: Date;
}

export interface ArchivedRun {
  course: Course;
  run: Run;
  ended: Date;
}

export interface CourseOverview {
  /** Courses with runs ahead, the soonest first. */
  planned: PlannedCourse[];
  /** Courses with nothing planned: their dates come in the next catalogue. */
  unplanned: Course[];
  /** Runs that are over, the latest first. */
  archive: ArchivedRun[];
}

function earliest(runs: readonly Run[], now: Date): Date | undefined {
  const times = runs.flatMap((run) => nextSession(run, now)?.start.getTime() ?? []);
  return times.length > 0 ? new Date(Math.min(...times)) : undefined;
}

function plan(course: Course, now: Date): PlannedCourse | undefined {
  const upcomingRuns = course.runs.filter((run) => !isArchived(run, now));
  // A cancelled run still shows (people who signed up must see it) but never decides the order.
  const nextDate =
    earliest(
      upcomingRuns.filter((run) => run.status !== 'cancelled'),
      now,
    ) ?? earliest(upcomingRuns, now);
  return nextDate ? { course, upcomingRuns, nextDate } : undefined;
}

/** Splits courses into planned (by next date), unplanned (by title) and archived runs, as seen at `now`. */
export function arrangeCourses(courses: readonly Course[], now: Date, locale: 'da' | 'en'): CourseOverview {
  const planned: PlannedCourse[] = [];
  const unplanned: Course[] = [];
  const archive: ArchivedRun[] = [];
  for (const course of courses) {
    const entry = plan(course, now);
    if (entry) planned.push(entry);
    else unplanned.push(course);
    for (const run of course.runs) if (isArchived(run, now)) archive.push({ course, run, ended: runEnd(run) });
  }
  const byTitle = (a: Course, b: Course) => a.title[locale].localeCompare(b.title[locale], locale);
  planned.sort((a, b) => a.nextDate.getTime() - b.nextDate.getTime() || byTitle(a.course, b.course));
  unplanned.sort(byTitle);
  archive.sort((a, b) => b.ended.getTime() - a.ended.getTime() || byTitle(a.course, b.course));
  return { planned, unplanned, archive };
}

/** The next `limit` planned courses, e.g. for the front page. */
export function nextCourses(courses: readonly Course[], now: Date, locale: 'da' | 'en', limit = 3): PlannedCourse[] {
  return arrangeCourses(courses, now, locale).planned.slice(0, limit);
}
