import type { Course } from '@/lib/content/courses';
import { audiences, courseFormats, themes } from '@/lib/content/vocabulary';
import { defineFacets, fixedFacet } from '@/lib/filters/facets';
import { listSemesters } from './catalogue';

/** The filters of /kurser, by their names in the URL. */
export const courseFacets = defineFacets<Course>()({
  target: fixedFacet(audiences, (course: Course) => course.targetGroups),
  theme: fixedFacet(themes, (course: Course) => course.themes),
  format: fixedFacet(courseFormats, (course: Course) => [course.format]),
  // A catalogue keeps only its own runs of a course, so the list shows the dates of the chosen ones.
  period: {
    values: listSemesters,
    of: (course) => course.runs.map((run) => run.catalogue),
    narrow: (course, chosen) =>
      chosen.length === 0 ? course : { ...course, runs: course.runs.filter((run) => chosen.includes(run.catalogue)) },
  },
});
