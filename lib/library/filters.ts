import type { Publication } from '@/lib/content/publications';
import { audiences, publicationTypes, themes } from '@/lib/content/vocabulary';
import { defineFacets, fixedFacet } from '@/lib/filters/facets';

const yearOf = (publication: Publication): string[] => (publication.year === undefined ? [] : [String(publication.year)]);

/** Years some publication has, newest first. */
export function publicationYears(publications: readonly Publication[]): string[] {
  return [...new Set(publications.flatMap(yearOf))].sort().reverse();
}

/** The filters of /viden, by their names in the URL. */
export const publicationFacets = defineFacets<Publication>()({
  type: fixedFacet(publicationTypes, (publication: Publication) => [publication.type]),
  theme: fixedFacet(themes, (publication: Publication) => publication.themes),
  audience: fixedFacet(audiences, (publication: Publication) => publication.audience),
  year: { values: publicationYears, of: yearOf },
});

/** Newest year first; tools and guidelines without a year after them; then by title. */
export function sortPublications(publications: readonly Publication[], locale: 'da' | 'en'): Publication[] {
  return [...publications].sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.title[locale].localeCompare(b.title[locale], locale));
}
