import { describe, expect, it } from 'vitest';
import { catalogueCourses, compareSemesters, currentSemesters } from './catalogue';
import { courseFacets } from './filters';
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
const select = (query: string | Record<string, string | string[]>) =>
  courseFacets.select(all, typeof query === 'string' ? new URLSearchParams(query) : query);

describe('the course filters', () => {
  it('read every filter from the URL', () => {
    const { chosen, ignored, active } = select('target=teachers&theme=online&format=online&period=2027-foraar');
    expect(chosen).toEqual({ target: ['teachers'], theme: ['online'], format: ['online'], period: ['2027-foraar'] });
    expect(ignored).toEqual([]);
    expect(active).toBe(true);
  });

  it('ignore unknown values and name them, keeping the rest', () => {
    const { chosen, ignored } = select({ target: ['teachers', 'astronauts'], period: '2031-foraar', format: 'x' });
    expect(chosen.target).toEqual(['teachers']);
    expect(chosen.period).toEqual([]);
    expect(ignored.map((i) => `${i.key}=${i.value}`)).toEqual(['target=astronauts', 'format=x', 'period=2031-foraar']);
  });

  it('ignore parameters that are not filters', () => {
    const { active, ignored } = select({ utm_source: 'newsletter' });
    expect(active).toBe(false);
    expect(ignored).toEqual([]);
  });
});

describe('filtering courses', () => {
  const slugs = (query: string) => select(query).matches.map((c) => c.slug);

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
    const [course] = select({ period: '2027-efteraar' }).matches;
    expect(course!.slug).toBe('online');
    expect(course!.runs.map((r) => r.id)).toEqual(['autumn']);
  });
});

describe('the options of the course filters', () => {
  it('offer the values courses use, plus a chosen value no course has', () => {
    const { options } = select({ target: 'ssp-staff' });
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
