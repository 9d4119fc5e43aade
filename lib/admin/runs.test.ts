import { describe, expect, it } from 'vitest';
import type { Course } from '@/lib/content/courses';
import type { Run } from '@/lib/content/schemas/course';
import { hasFreeSeat, overviewRows, type StoredRun } from './runs';

const run = (id: string, day: string, extra: Partial<Run> = {}) =>
  ({
    id,
    sessions: [{ start: `${day}T09:00`, end: `${day}T15:00` }],
    registrationDeadline: '2026-11-01',
    capacity: 20,
    status: 'open',
    place: { da: 'Online', en: 'Online' },
    ...extra,
  }) as Run;
const course = (slug: string, runs: Run[]) => ({ slug, title: { da: slug, en: slug }, runs }) as unknown as Course;
const courses = [
  course('a', [
    run('past', '2026-10-10'),
    run('soon', '2027-01-10'),
    run('by-link', '2027-01-05', { registration: { url: 'https://example.org' } } as Partial<Run>),
  ]),
  course('b', [run('later', '2027-03-01'), run('earlier-past', '2026-05-01'), run('no-seats', '2027-02-01', { capacity: undefined })]),
];
const portalRuns = ['a/past', 'a/soon', 'b/later', 'b/earlier-past'];

const counts = (confirmed: number, held = 0, offered = 0, waiting = 0) => ({ confirmed, held, offered, waiting });

describe('the runs overview', () => {
  it('lists every run with a portal registration once, upcoming soonest first and past latest first', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const { upcoming, past } = overviewRows(courses, new Map(), now);
    expect([...upcoming, ...past].map((row) => row.key).toSorted()).toEqual(portalRuns.toSorted());
    for (const row of upcoming) expect(row.end > now).toBe(true);
    for (const row of past) expect(row.end <= now).toBe(true);
    expect(upcoming.map((row) => row.key)).toEqual(['a/soon', 'b/later']);
    expect(past.map((row) => row.key)).toEqual(['a/past', 'b/earlier-past']);
  });

  it('takes the figures and a cancellation from the database', () => {
    const key = 'b/later';
    const stored = new Map<string, StoredRun>([[key, { counts: counts(3, 1, 1, 2), cancelledAt: '2026-11-30T10:00:00.000Z' }]]);
    const { upcoming, past } = overviewRows(courses, stored, new Date('2026-12-01T12:00:00Z'));
    const row = [...upcoming, ...past].find((candidate) => candidate.key === key)!;
    expect(row.counts).toEqual(counts(3, 1, 1, 2));
    expect(row.cancelled).toBe(true);
  });

  it('knows when a seat is free', () => {
    expect(hasFreeSeat({ capacity: 5, counts: counts(3, 1, 0, 0), cancelled: false })).toBe(true);
    expect(hasFreeSeat({ capacity: 5, counts: counts(3, 1, 1, 4), cancelled: false })).toBe(false);
    expect(hasFreeSeat({ capacity: undefined, counts: counts(30), cancelled: false })).toBe(true);
    expect(hasFreeSeat({ capacity: 5, counts: counts(0), cancelled: true })).toBe(false);
  });
});
