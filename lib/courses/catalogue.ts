import type { Course } from '@/lib/content/courses';
import { semesterPattern } from '@/lib/content/vocabulary';
import { isArchived } from './schedule';

export type Season = 'foraar' | 'efteraar';

export function semesterParts(semester: string): { year: number; season: Season } {
  const match = semesterPattern.exec(semester);
  if (!match) throw new Error(`not a catalogue: ${semester}`);
  return { year: Number(match[1]), season: match[2] as Season };
}

/** Spring before autumn, earlier years first. */
export function compareSemesters(a: string, b: string): number {
  const pa = semesterParts(a);
  const pb = semesterParts(b);
  return pa.year - pb.year || (pa.season === pb.season ? 0 : pa.season === 'foraar' ? -1 : 1);
}

/** Every catalogue a run belongs to, oldest first. */
export function listSemesters(courses: readonly Course[]): string[] {
  return [...new Set(courses.flatMap((course) => course.runs.map((run) => run.catalogue)))].sort(compareSemesters);
}

/**
 * The courses of one printed catalogue, each with only that catalogue's runs,
 * in the order of their first session (as the catalogue is read).
 */
export function catalogueCourses(courses: readonly Course[], semester: string): Course[] {
  return courses
    .map((course) => ({ ...course, runs: course.runs.filter((run) => run.catalogue === semester) }))
    .filter((course) => course.runs.length > 0)
    .sort((a, b) => a.runs[0]!.sessions[0]!.start.localeCompare(b.runs[0]!.sessions[0]!.start) || a.slug.localeCompare(b.slug));
}

/** Catalogues with runs not yet over: the ones worth printing now. */
export function currentSemesters(courses: readonly Course[], now: Date): string[] {
  return listSemesters(courses.map((course) => ({ ...course, runs: course.runs.filter((run) => !isArchived(run, now)) })));
}
