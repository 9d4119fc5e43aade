import type { Course } from '@/lib/content/courses';
import { type CourseFormat, courseFormats } from '@/lib/content/vocabulary';
import { type Audience, audiences, type Theme, themes } from '@/lib/content/vocabulary';
import { excludedBy, type IgnoredValue, parseChoices, type SearchParamsInput } from '@/lib/filters/params';
import { listSemesters } from './catalogue';

/** The filters of /kurser, keyed by their name in the URL. */
export interface CourseFilters {
  target: Audience[];
  theme: Theme[];
  format: CourseFormat[];
  period: string[];
}

export const emptyCourseFilters: CourseFilters = { target: [], theme: [], format: [], period: [] };

/**
 * Reads the filters from the URL. A value no option matches (a typo, an old
 * link, junk) is left out and reported, never an error.
 */
export function parseCourseFilters(
  params: SearchParamsInput,
  periods: readonly string[],
): { filters: CourseFilters; ignored: IgnoredValue[] } {
  const target = parseChoices(params, 'target', audiences);
  const theme = parseChoices(params, 'theme', themes);
  const format = parseChoices(params, 'format', courseFormats);
  const period = parseChoices(params, 'period', periods);
  return {
    filters: { target: target.values, theme: theme.values, format: format.values, period: period.values },
    ignored: [...target.ignored, ...theme.ignored, ...format.ignored, ...period.ignored],
  };
}

export function hasCourseFilters(filters: CourseFilters): boolean {
  return Object.values(filters).some((values) => values.length > 0);
}

/**
 * Courses that match every filter group (any value within a group). A period
 * keeps only the runs of the chosen catalogues, so the list shows those dates.
 */
export function filterCourses(courses: readonly Course[], filters: CourseFilters): Course[] {
  return courses.flatMap((course) => {
    if (excludedBy(filters.target, course.targetGroups)) return [];
    if (excludedBy(filters.theme, course.themes)) return [];
    if (excludedBy(filters.format, course.format ? [course.format] : [])) return [];
    if (filters.period.length === 0) return [course];
    const runs = course.runs.filter((run) => filters.period.includes(run.catalogue));
    return runs.length > 0 ? [{ ...course, runs }] : [];
  });
}

/** The options the form offers: values some course has, plus any chosen now so the form shows them ticked. */
export function courseFilterOptions(courses: readonly Course[], chosen: CourseFilters): CourseFilters {
  const used = <T extends string>(all: readonly T[], have: (course: Course) => readonly (T | undefined)[], picked: readonly T[]) =>
    all.filter((value) => picked.includes(value) || courses.some((course) => have(course).includes(value)));
  return {
    target: used(audiences, (c) => c.targetGroups, chosen.target),
    theme: used(themes, (c) => c.themes, chosen.theme),
    format: used(courseFormats, (c) => [c.format], chosen.format),
    period: listSemesters(courses),
  };
}
