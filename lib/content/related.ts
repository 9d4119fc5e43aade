import type { Content } from './index';
import type { Course } from './courses';
import type { Publication } from './publications';

/** A course and a publication belong together when either names the other; editors need only name it once. */
function belongTogether(course: Course, publication: Publication): boolean {
  return course.publications.includes(publication.slug) || publication.courses.includes(course.slug);
}

/** A course with the publications that belong to it. */
export function courseWithPublications(content: Pick<Content, 'courses' | 'publications'>, slug: string) {
  const course = content.courses.find((candidate) => candidate.slug === slug);
  if (!course) return undefined;
  return { course, publications: content.publications.filter((publication) => belongTogether(course, publication)) };
}

/** A publication with the courses it belongs to. */
export function publicationWithCourses(content: Pick<Content, 'courses' | 'publications'>, slug: string) {
  const publication = content.publications.find((candidate) => candidate.slug === slug);
  if (!publication) return undefined;
  return { publication, courses: content.courses.filter((course) => belongTogether(course, publication)) };
}
