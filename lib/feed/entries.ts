import { getContent } from '@/lib/content';
import type { Course } from '@/lib/content/courses';
import type { Publication } from '@/lib/content/publications';
import type { Run } from '@/lib/content/schemas/course';

export type FeedEntry =
  | { kind: 'course'; path: string; date: string; course: Course }
  | { kind: 'run'; path: string; date: string; course: Course; run: Run }
  | { kind: 'publication'; path: string; date: string; publication: Publication };

/** The anchor of a run on its course page. */
export function runAnchor(run: Run): string {
  return `hold-${run.id}`;
}

/**
 * What the feed announces, newest first: each course, each run and each
 * publication, dated by its `published` field (a run without one by its course).
 * A publication without a date has been in the library from the start and is
 * not announced as new.
 */
export function feedEntries(courses: readonly Course[], publications: readonly Publication[], limit = 50): FeedEntry[] {
  const entries: FeedEntry[] = [];
  for (const course of courses) {
    const path = `/kurser/${course.slug}`;
    entries.push({ kind: 'course', path, date: course.published, course });
    for (const run of course.runs) {
      entries.push({ kind: 'run', path: `${path}#${runAnchor(run)}`, date: run.published ?? course.published, course, run });
    }
  }
  for (const publication of publications) {
    if (publication.published === undefined) continue;
    entries.push({ kind: 'publication', path: `/viden/${publication.slug}`, date: publication.published, publication });
  }
  return entries.sort((a, b) => b.date.localeCompare(a.date) || a.path.localeCompare(b.path)).slice(0, limit);
}

/** The portal's feed, from the content. */
export function siteFeedEntries(): FeedEntry[] {
  const { courses, publications } = getContent();
  return feedEntries(courses, publications);
}
