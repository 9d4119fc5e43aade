import type { Publication } from '@/lib/content/publications';
import { type PublicationType, publicationTypes } from '@/lib/content/vocabulary';
import { type Audience, audiences, type Theme, themes } from '@/lib/content/vocabulary';
import { excludedBy, type IgnoredValue, parseChoices, type SearchParamsInput } from '@/lib/filters/params';

/** The filters of /viden, keyed by their name in the URL. */
export interface PublicationFilters {
  type: PublicationType[];
  theme: Theme[];
  audience: Audience[];
  year: string[];
}

/** Years some publication has, newest first. */
export function publicationYears(publications: readonly Publication[]): string[] {
  return [...new Set(publications.flatMap((p) => (p.year === undefined ? [] : [String(p.year)])))].sort().reverse();
}

/** Reads the filters from the URL; unknown values are left out and reported, never an error. */
export function parsePublicationFilters(
  params: SearchParamsInput,
  years: readonly string[],
): { filters: PublicationFilters; ignored: IgnoredValue[] } {
  const type = parseChoices(params, 'type', publicationTypes);
  const theme = parseChoices(params, 'theme', themes);
  const audience = parseChoices(params, 'audience', audiences);
  const year = parseChoices(params, 'year', years);
  return {
    filters: { type: type.values, theme: theme.values, audience: audience.values, year: year.values },
    ignored: [...type.ignored, ...theme.ignored, ...audience.ignored, ...year.ignored],
  };
}

export function hasPublicationFilters(filters: PublicationFilters): boolean {
  return Object.values(filters).some((values) => values.length > 0);
}

/** Publications matching every filter group (any value within a group). */
export function filterPublications(publications: readonly Publication[], filters: PublicationFilters): Publication[] {
  return publications.filter(
    (p) =>
      !excludedBy(filters.type, [p.type]) &&
      !excludedBy(filters.theme, p.themes) &&
      !excludedBy(filters.audience, p.audience) &&
      !excludedBy(filters.year, p.year === undefined ? [] : [String(p.year)]),
  );
}

/** Newest year first; tools and guidelines without a year after them; then by title. */
export function sortPublications(publications: readonly Publication[], locale: 'da' | 'en'): Publication[] {
  return [...publications].sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.title[locale].localeCompare(b.title[locale], locale));
}

/** The options the form offers: values in use, plus any chosen now so the form shows them ticked. */
export function publicationFilterOptions(publications: readonly Publication[], chosen: PublicationFilters): PublicationFilters {
  const used = <T extends string>(all: readonly T[], have: (p: Publication) => readonly T[], picked: readonly T[]) =>
    all.filter((value) => picked.includes(value) || publications.some((p) => have(p).includes(value)));
  return {
    type: used(publicationTypes, (p) => [p.type], chosen.type),
    theme: used(themes, (p) => p.themes, chosen.theme),
    audience: used(audiences, (p) => p.audience, chosen.audience),
    year: publicationYears(publications),
  };
}
