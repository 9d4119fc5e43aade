import { describe, expect, it } from 'vitest';
import {
  filterPublications,
  hasPublicationFilters,
  parsePublicationFilters,
  publicationFilterOptions,
  publicationYears,
  sortPublications,
} from './filters';
import { makePublication } from './testing';

const report = makePublication('rapport', { type: 'report', year: 2025, themes: ['online'], audience: ['teachers'] });
const podcast = makePublication('podcast', { type: 'podcast', year: 2026, themes: ['online', 'children-youth'], audience: ['ssp-staff'] });
const tool = makePublication('vaerktoej', { type: 'tool', themes: ['assessment'], audience: ['infohus-staff'] });
const all = [report, podcast, tool];
const years = publicationYears(all);

function slugs(query: string): string[] {
  return filterPublications(all, parsePublicationFilters(new URLSearchParams(query), years).filters).map((p) => p.slug);
}

describe('parsePublicationFilters', () => {
  it('knows the years in use, newest first', () => {
    expect(years).toEqual(['2026', '2025']);
  });

  it('ignores unknown values with a report, and other parameters silently', () => {
    const { filters, ignored } = parsePublicationFilters({ type: ['podcast', 'novel'], year: '1850', page: '2' }, years);
    expect(filters).toEqual({ type: ['podcast'], theme: [], audience: [], year: [] });
    expect(ignored.map((i) => `${i.key}=${i.value}`)).toEqual(['type=novel', 'year=1850']);
    expect(hasPublicationFilters(parsePublicationFilters({ page: '2' }, years).filters)).toBe(false);
  });
});

describe('filterPublications', () => {
  it('matches any value in a group and every group', () => {
    expect(slugs('type=report&type=tool')).toEqual(['rapport', 'vaerktoej']);
    expect(slugs('theme=online&audience=ssp-staff')).toEqual(['podcast']);
    expect(slugs('theme=online&type=tool')).toEqual([]);
  });

  it('filters by year and leaves out what has none', () => {
    expect(slugs('year=2025')).toEqual(['rapport']);
    expect(slugs('year=2025&year=2026')).toEqual(['rapport', 'podcast']);
  });
});

describe('sortPublications', () => {
  it('puts the newest first and undated ones last', () => {
    expect(sortPublications(all, 'da').map((p) => p.slug)).toEqual(['podcast', 'rapport', 'vaerktoej']);
  });
});

describe('publicationFilterOptions', () => {
  it('offers the values in use plus what is chosen', () => {
    const options = publicationFilterOptions(all, { type: ['guideline'], theme: [], audience: [], year: [] });
    expect(options.type).toEqual(['report', 'podcast', 'tool', 'guideline']);
    expect(options.theme).toEqual(['assessment', 'online', 'children-youth']);
    expect(options.year).toEqual(['2026', '2025']);
  });
});
