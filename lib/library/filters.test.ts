import { describe, expect, it } from 'vitest';
import { publicationFacets, publicationYears, sortPublications } from './filters';
import { makePublication } from './testing';

const report = makePublication('rapport', { type: 'report', year: 2025, themes: ['online'], audience: ['teachers'] });
const podcast = makePublication('podcast', { type: 'podcast', year: 2026, themes: ['online', 'children-youth'], audience: ['ssp-staff'] });
const tool = makePublication('vaerktoej', { type: 'tool', themes: ['assessment'], audience: ['infohus-staff'] });
const all = [report, podcast, tool];
const select = (query: string | Record<string, string | string[]>) =>
  publicationFacets.select(all, typeof query === 'string' ? new URLSearchParams(query) : query);

function slugs(query: string): string[] {
  return select(query).matches.map((p) => p.slug);
}

describe('the publication filters', () => {
  it('know the years in use, newest first', () => {
    expect(publicationYears(all)).toEqual(['2026', '2025']);
  });

  it('ignore unknown values with a report, and other parameters silently', () => {
    const { chosen, ignored } = select({ type: ['podcast', 'novel'], year: '1850', page: '2' });
    expect(chosen).toEqual({ type: ['podcast'], theme: [], audience: [], year: [] });
    expect(ignored.map((i) => `${i.key}=${i.value}`)).toEqual(['type=novel', 'year=1850']);
    expect(select({ page: '2' }).active).toBe(false);
  });
});

describe('filtering publications', () => {
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

describe('the options of the publication filters', () => {
  it('offer the values in use plus what is chosen', () => {
    const { options } = select({ type: 'guideline' });
    expect(options.type).toEqual(['report', 'podcast', 'tool', 'guideline']);
    expect(options.theme).toEqual(['assessment', 'online', 'children-youth']);
    expect(options.year).toEqual(['2026', '2025']);
  });
});
