import { cache } from 'react';
import { getContent } from '@/lib/content';
import type { Course } from '@/lib/content/courses';
import { courseWithPublications } from '@/lib/content/related';
import { type SearchParamsInput } from '@/lib/filters/params';
import { type Locale } from '@/lib/i18n/routing';
import { catalogueCourses, currentSemesters, listSemesters } from './catalogue';
import { courseFacets } from './filters';
import { arrangeCourses } from './schedule';

/** The list on /kurser for one address: the filters' state, the courses by date, and what can be printed. */
export function courseCatalogueData(courses: readonly Course[], searchParams: SearchParamsInput, now: Date, locale: Locale) {
  const selection = courseFacets.select(courses, searchParams);
  const overview = arrangeCourses(selection.matches, now, locale);
  return {
    ...selection,
    overview,
    count: overview.planned.length + overview.unplanned.length,
    printable: currentSemesters(courses, now),
  };
}

export type CourseCatalogueData = ReturnType<typeof courseCatalogueData>;

/** /kurser's list, from the content. */
export function courseCatalogue(searchParams: SearchParamsInput, now: Date, locale: Locale): CourseCatalogueData {
  return courseCatalogueData(getContent().courses, searchParams, now, locale);
}

export function courseSlugs(): string[] {
  return getContent().courses.map((course) => course.slug);
}

/** A course page: the course and the publications that belong to it. */
export const coursePage = cache((slug: string) => courseWithPublications(getContent(), slug));

/** The semesters with a printed catalogue, `/kurser/katalog/<semester>`. */
function catalogueSemesters(): string[] {
  return listSemesters(getContent().courses);
}

/** The printed catalogue of a semester, or undefined when no course has a run in it. */
export function printedCatalogue(semester: string): Course[] | undefined {
  return catalogueSemesters().includes(semester) ? catalogueCourses(getContent().courses, semester) : undefined;
}

/** Every run's calendar file, `/kurser/<course>/<run>.ics`. */
export function runCalendarParams(): { slug: string; file: string }[] {
  return getContent().courses.flatMap((course) => course.runs.map((run) => ({ slug: course.slug, file: `${run.id}.ics` })));
}

/** The course and run a calendar file is for. */
export function runOfCalendarFile(slug: string, file: string) {
  const course = getContent().courses.find((candidate) => candidate.slug === slug);
  const run = course?.runs.find((candidate) => `${candidate.id}.ics` === file);
  return course && run ? { course, run } : undefined;
}
