import { describe, expect, it } from 'vitest';
import { currentTime } from './clock';
import { arrangeCourses, isArchived, nextCourses, nextSession, registrationClosed } from './schedule';
import { day, makeCourse } from './testing';

const now = new Date('2027-03-10T12:00:00Z'); // 13:00 in Copenhagen

describe('isArchived', () => {
  const run = makeCourse('a', {}, [{ id: 'hold', sessions: [day('2027-03-09'), day('2027-03-10')] }]).runs[0]!;

  it('keeps a run whose last session has not ended', () => {
    expect(isArchived(run, now)).toBe(false);
  });

  it('archives the run the moment its last session ends (16:00 Copenhagen = 15:00 UTC)', () => {
    expect(isArchived(run, new Date('2027-03-10T14:59:59Z'))).toBe(false);
    expect(isArchived(run, new Date('2027-03-10T15:00:00Z'))).toBe(true);
  });
});

describe('nextSession', () => {
  const run = makeCourse('a', {}, [{ id: 'hold', sessions: [day('2027-03-03'), day('2027-03-10'), day('2027-03-17')] }]).runs[0]!;

  it('is the session going on now', () => {
    expect(nextSession(run, now)?.start.toISOString()).toBe('2027-03-10T08:00:00.000Z');
  });

  it('is the following session once one has ended', () => {
    expect(nextSession(run, new Date('2027-03-10T15:30:00Z'))?.start.toISOString()).toBe('2027-03-17T08:00:00.000Z');
  });

  it('is nothing after the last session', () => {
    expect(nextSession(run, new Date('2027-04-01T00:00:00Z'))).toBeUndefined();
  });
});

describe('registrationClosed', () => {
  const run = makeCourse('a', {}, [{ id: 'hold', registrationDeadline: '2027-03-10', sessions: [day('2027-04-01')] }]).runs[0]!;

  it('stays open all of the deadline day in Copenhagen', () => {
    expect(registrationClosed(run, new Date('2027-03-10T22:59:00Z'))).toBe(false);
    expect(registrationClosed(run, new Date('2027-03-10T23:00:00Z'))).toBe(true);
  });
});

describe('arrangeCourses', () => {
  const late = makeCourse('late', {}, [{ id: 'h', sessions: [day('2027-05-01')] }]);
  const soon = makeCourse('soon', {}, [
    { id: 'past', sessions: [day('2026-10-01')] },
    { id: 'h', sessions: [day('2027-04-01')] },
  ]);
  const onlyPast = makeCourse('only-past', {}, [{ id: 'old', sessions: [day('2027-01-15')] }]);
  const noRuns = makeCourse('no-runs');
  const cancelledFirst = makeCourse('cancelled-first', {}, [
    { id: 'cancelled', status: 'cancelled', sessions: [day('2027-03-20')] },
    { id: 'open', sessions: [day('2027-06-01')] },
  ]);
  const overview = arrangeCourses([late, noRuns, onlyPast, soon, cancelledFirst], now, 'da');

  it('sorts planned courses by their next date', () => {
    expect(overview.planned.map((p) => p.course.slug)).toEqual(['soon', 'late', 'cancelled-first']);
  });

  it('orders by a run that is going ahead, not by a cancelled one', () => {
    const entry = overview.planned.find((p) => p.course.slug === 'cancelled-first')!;
    expect(entry.nextDate.toISOString()).toBe('2027-06-01T07:00:00.000Z');
    expect(entry.upcomingRuns.map((r) => r.id)).toEqual(['cancelled', 'open']);
  });

  it('lists only the runs still ahead under a planned course', () => {
    expect(overview.planned[0]!.upcomingRuns.map((r) => r.id)).toEqual(['h']);
  });

  it('puts courses without runs ahead under "dates in the next catalogue"', () => {
    expect(overview.unplanned.map((c) => c.slug)).toEqual(['no-runs', 'only-past']);
  });

  it('moves finished runs to the archive, latest first', () => {
    expect(overview.archive.map((a) => `${a.course.slug}/${a.run.id}`)).toEqual(['only-past/old', 'soon/past']);
  });

  it('moves a course to the archive as the clock passes its runs', () => {
    const later = arrangeCourses([late, soon], new Date('2027-04-02T00:00:00Z'), 'da');
    expect(later.planned.map((p) => p.course.slug)).toEqual(['late']);
    expect(later.archive.map((a) => a.run.id)).toEqual(['h', 'past']);
  });

  it('gives the front page the next courses only', () => {
    expect(nextCourses([late, noRuns, soon, cancelledFirst], now, 'da', 2).map((p) => p.course.slug)).toEqual(['soon', 'late']);
  });
});

describe('currentTime', () => {
  it('is pinned by PORTAL_NOW', () => {
    expect(currentTime({ PORTAL_NOW: '2026-12-01T12:00:00+01:00' }).toISOString()).toBe('2026-12-01T11:00:00.000Z');
  });

  it('is the real time otherwise', () => {
    const before = Date.now();
    const value = currentTime({}).getTime();
    expect(value).toBeGreaterThanOrEqual(before);
    expect(value).toBeLessThanOrEqual(Date.now());
  });

  it('refuses a pin that is not a time', () => {
    expect(() => currentTime({ PORTAL_NOW: 'soon' })).toThrow(/PORTAL_NOW/);
  });
});
