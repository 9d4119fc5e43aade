import { type IssueCollector } from './errors';
import { listCollectionFiles, loadDataFile } from './read';
import { type CourseData, courseSchema } from './schemas/course';
import { reportDuplicateSlugs, slugFromFile } from './slugs';

export interface Course extends CourseData {
  /** From the file name: content/kurser/<slug>.yaml → /kurser/<slug>. */
  slug: string;
  file: string;
}

/** Slugs that would hide a fixed route under /kurser. */
const reservedCourseSlugs = new Set(['katalog']);

export function loadCourses(issues: IssueCollector): Course[] {
  const courses: Course[] = [];
  for (const source of listCollectionFiles('kurser', ['.yaml', '.yml'])) {
    const slug = slugFromFile(source, issues, reservedCourseSlugs);
    if (!slug) continue;
    const data = loadDataFile(source.file, courseSchema, issues);
    if (!data) continue;
    // Editors may list sessions and runs in any order; pages read them chronologically.
    const runs = data.runs
      .map((run) => ({ ...run, sessions: [...run.sessions].sort((a, b) => a.start.localeCompare(b.start)) }))
      .sort((a, b) => a.sessions[0]!.start.localeCompare(b.sessions[0]!.start));
    courses.push({ ...data, runs, slug, file: source.file });
  }
  reportDuplicateSlugs(courses, issues);
  return courses;
}
