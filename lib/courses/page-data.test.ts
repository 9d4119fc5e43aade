import { describe, expect, it } from 'vitest';
import { courseCatalogueData } from './page-data';
import { day, makeCourse } from './testing';

const spring = makeCourse('spring', { targetGroups: ['teachers'] }, [{ id: 'a', catalogue: '2027-foraar', sessions: [day('2027-03-01')] }]);
const past = makeCourse('past', { targetGroups: ['police'] }, [{ id: 'b', catalogue: '2026-foraar', sessions: [day('2026-03-01')] }]);
const undated = makeCourse('undated', { targetGroups: ['teachers'] });
const now = new Date('2026-12-01T12:00:00+01:00');

describe('courseCatalogueData', () => {
  it('counts the courses with coming dates and those without, not the archive', () => {
    const data = courseCatalogueData([spring, past, undated], {}, now, 'da');
    expect(data.overview.planned.map((entry) => entry.course.slug)).toEqual(['spring']);
    expect(data.overview.unplanned.map((course) => course.slug)).toEqual(['past', 'undated']);
    expect(data.overview.archive.map((entry) => entry.run.id)).toEqual(['b']);
    expect(data.count).toBe(3);
    expect(data.active).toBe(false);
  });

  it('arranges only what the filters keep, and offers to print every catalogue still ahead', () => {
    const data = courseCatalogueData([spring, past, undated], { target: 'police' }, now, 'da');
    expect(data.count).toBe(1);
    expect(data.overview.archive.map((entry) => entry.course.slug)).toEqual(['past']);
    expect(data.printable).toEqual(['2027-foraar']);
    expect(data.active).toBe(true);
  });
});
