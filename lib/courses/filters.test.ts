import { describe, expect, it } from 'vitest';
import { catalogueCourses, compareSemesters, currentSemesters, listSemesters } from './catalogue';
import { courseFilterOptions, filterCourses, hasCourseFilters, parseCourseFilters } from './filters';
import { day, makeCourse } from './testing';

const online = makeCourse('online', { targetGroups: ['teachers', 'municipal-professionals'], themes: ['online'], format: 'online' }, [
  { id: 'spring', catalogue: '2027-foraar', sessions: [day('2027-03-01')] },
  { id: 'autumn', catalogue: '2027-efteraar', sessions: [day('2027-09-01')] },
]);
const infohus = makeCourse('infohus', { targetGroups: ['infohus-coordinators', 'police'], themes: ['infohus'], format: 'in-person' }, [
  { id: 'spring', catalogue: '2027-foraar', sessions: [day('2027-02-01')] },
]);
const formatUnknown = makeCourse('unknown-format', { targetGroups: ['teachers'], themes: ['children-youth'] });
const all = [online, infohus, formatUnknown];
const periods = listSemesters(all);

describe('parseCourseFilters', () => {
  it('reads every filter from the URL', () => {
    const { filters, ignored } = parseCourseFilters(
      new URLSearchParams('target=teachers&theme=online&format=online&period=2027-foraar'),
      periods,
    );
    expect(filters).toEqual({ target: ['teachers'], theme: ['online'], format: ['online'], period: ['2027-foraar'] });
    expect(ignored).toEqual([]);
  });

  it('ignores unknown values and names them, keeping the rest', () => {
    const { filters, ignored } = parseCourseFilters({ target: ['teachers', 'astronauts'], period: '2031-foraar', format: 'x' }, periods);
    expect(filters.target).toEqual(['teachers']);
    expect(filters.period).toEqual([]);
    expect(ignored.map((i) => `${i.key}=${i.value}`)).toEqual(['target=astronauts', 'format=x', 'period=2031-foraar']);
  });

  it('ignores parameters that are not filters', () => {
    const { filters, ignored } = parseCourseFilters({ utm_source: 'newsletter' }, periods);
    expect(hasCourseFilters(filters)).toBe(false);
    expect(ignored).toEqual([]);
  });
});

describe('filterCourses', () => {
  const slugs = (query: string) => filterCourses(all, parseCourseFilters(new URLSearchParams(query), periods).filters).map((c) => c.slug);

  it('returns everything without filters', () => {
    expect(slugs('')).toEqual(['online', 'infohus', 'unknown-format']);
  });

  it('matches any value within a group', () => {
    expect(slugs('target=police&target=teachers')).toEqual(['online', 'infohus', 'unknown-format']);
    expect(slugs('target=police')).toEqual(['infohus']);
  });

  it('requires every group', () => {
    expect(slugs('target=teachers&theme=children-youth')).toEqual(['unknown-format']);
    expect(slugs('target=police&theme=online')).toEqual([]);
  });

  it('leaves out courses whose format is not known when a format is chosen', () => {
    expect(slugs('format=in-person&format=online')).toEqual(['online', 'infohus']);
  });

  it('keeps only the runs of the chosen period', () => {
    const [course] = filterCourses(all, parseCourseFilters({ period: '2027-efteraar' }, periods).filters);
    expect(course!.slug).toBe('online');
    expect(course!.runs.map((r) => r.id)).toEqual(['autumn']);
  });
});

describe('courseFilterOptions', () => {
  it('offers the values courses use, plus a chosen value no course has', () => {
    const none = { target: [], theme: [], format: [], period: [] };
    const options = courseFilterOptions(all, { ...none, target: ['ssp-staff'] });
    expect(options.target).toEqual(['infohus-coordinators', 'municipal-professionals', 'teachers', 'ssp-staff', 'police']);
    expect(options.format).toEqual(['in-person', 'online']);
    expect(options.period).toEqual(['2027-foraar', '2027-efteraar']);
  });
});

describe('catalogues', () => {
  it('orders spring before autumn and years in turn', () => {
    expect(['2028-foraar', '2027-efteraar', '2027-foraar'].sort(compareSemesters)).toEqual(['2027-foraar', '2027-efteraar', '2028-foraar']);
  });

  it('holds the courses with runs in that catalogue, only those runs, by first date', () => {
    const spring = catalogueCourses(all, '2027-foraar');
    expect(spring.map((c) => c.slug)).toEqual(['infohus', 'online']);
    expect(spring[1]!.runs.map((r) => r.id)).toEqual(['spring']);
    expect(catalogueCourses(all, '2030-foraar')).toEqual([]);
  });

  it('offers to print only catalogues with runs still ahead', () => {
    expect(currentSemesters(all, new Date('2027-01-01T00:00:00Z'))).toEqual(['2027-foraar', '2027-efteraar']);
    expect(currentSemesters(all, new Date('2027-06-01T00:00:00Z'))).toEqual(['2027-efteraar']);
  });
});
