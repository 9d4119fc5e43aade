import { type Course } from './courses';
import { type ContentIssue } from './errors';
import { type Publication } from './publications';

/** Courses and publications name each other by slug; every name must exist. */
export function findBrokenReferences(courses: readonly Course[], publications: readonly Publication[]): ContentIssue[] {
  const courseSlugs = new Set(courses.map((c) => c.slug));
  const publicationSlugs = new Set(publications.map((p) => p.slug));
  const issues: ContentIssue[] = [];
  for (const course of courses) {
    course.publications.forEach((slug, index) => {
      if (!publicationSlugs.has(slug)) {
        issues.push({ file: course.file, field: `publications.${index}`, message: `no publication content/viden/${slug}.yaml` });
      }
    });
  }
  for (const publication of publications) {
    publication.courses.forEach((slug, index) => {
      if (!courseSlugs.has(slug)) {
        issues.push({ file: publication.file, field: `courses.${index}`, message: `no course content/kurser/${slug}.yaml` });
      }
    });
  }
  return issues;
}
