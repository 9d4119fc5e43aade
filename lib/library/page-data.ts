import { cache } from 'react';
import { getContent } from '@/lib/content';
import type { Publication } from '@/lib/content/publications';
import { publicationWithCourses } from '@/lib/content/related';
import { type SearchParamsInput } from '@/lib/filters/params';
import { type Locale } from '@/lib/i18n/routing';
import { publicationFacets, sortPublications } from './filters';

/** The list on /viden for one address: the filters' state and the matching publications, newest first. */
export function publicationLibraryData(publications: readonly Publication[], searchParams: SearchParamsInput, locale: Locale) {
  const selection = publicationFacets.select(publications, searchParams);
  return { ...selection, matches: sortPublications(selection.matches, locale), count: selection.matches.length };
}

export type PublicationLibraryData = ReturnType<typeof publicationLibraryData>;

/** /viden's list, from the content. */
export function publicationLibrary(searchParams: SearchParamsInput, locale: Locale): PublicationLibraryData {
  return publicationLibraryData(getContent().publications, searchParams, locale);
}

export function publicationSlugs(): string[] {
  return getContent().publications.map((publication) => publication.slug);
}

/** A publication page: the publication and the courses that teach it. */
export const publicationPage = cache((slug: string) => publicationWithCourses(getContent(), slug));
