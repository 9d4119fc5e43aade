import { type Content } from './types';

/**
 * Paths that dedicated routes add beyond the MDX pages (detail pages of
 * collections, tools), the same in both languages. Each is a path without
 * locale prefix.
 */
export function routePaths(content: Pick<Content, 'courses' | 'publications'>): string[] {
  const semesters = new Set(content.courses.flatMap((course) => course.runs.map((run) => run.catalogue)));
  return [
    ...content.courses.map((course) => `/kurser/${course.slug}`),
    ...[...semesters].map((semester) => `/kurser/katalog/${semester}`),
    ...content.publications.map((publication) => `/viden/${publication.slug}`),
    '/bekymring/find-infohus',
    // The advice request form (issue 16): a stable address content may link to.
    '/for-kommuner/anmod-om-raadgivning',
  ];
}
