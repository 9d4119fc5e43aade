import { describe, expect, it } from 'vitest';
import type { Course } from './courses';
import type { Publication } from './publications';
import { courseWithPublications, publicationWithCourses } from './related';

// Only the fields the relation reads; the rest of a course or publication does not matter here.
const course = (slug: string, publications: string[] = []) => ({ slug, publications }) as unknown as Course;
const publication = (slug: string, courses: string[] = []) => ({ slug, courses }) as unknown as Publication;

const content = {
  courses: [course('samtaler', ['model']), course('online'), course('ensom')],
  publications: [publication('model'), publication('vejledning', ['online']), publication('rapport')],
};

describe('courses and publications that belong together', () => {
  it('are found from either side, whichever side names the other', () => {
    expect(courseWithPublications(content, 'samtaler')?.publications.map((p) => p.slug)).toEqual(['model']);
    expect(courseWithPublications(content, 'online')?.publications.map((p) => p.slug)).toEqual(['vejledning']);
    expect(publicationWithCourses(content, 'model')?.courses.map((c) => c.slug)).toEqual(['samtaler']);
    expect(publicationWithCourses(content, 'vejledning')?.courses.map((c) => c.slug)).toEqual(['online']);
  });

  it('is nothing for an entry nobody links, and undefined for an unknown slug', () => {
    expect(courseWithPublications(content, 'ensom')?.publications).toEqual([]);
    expect(publicationWithCourses(content, 'rapport')?.courses).toEqual([]);
    expect(courseWithPublications(content, 'findes-ikke')).toBeUndefined();
    expect(publicationWithCourses(content, 'findes-ikke')).toBeUndefined();
  });
});
