import { describe, expect, it } from 'vitest';
import { runCalendar } from './ics';

const base = {
  uid: 'kurser/samtaler/2027-foraar',
  title: 'Samtaler med borgere',
  description: 'Et kursus om samtaler.',
  location: 'Odense',
  url: 'https://example.org/kurser/samtaler',
  cancelled: false,
};

/** Unfolds the 75-character lines of iCalendar so assertions can read whole values. */
function unfold(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, '');
}

function values(ics: string, property: string): string[] {
  return [...unfold(ics).matchAll(new RegExp(`^${property}[^:]*:(.*)$`, 'gm'))].map((m) => m[1]!.trim());
}

describe('runCalendar', () => {
  it('writes Copenhagen winter time as UTC', () => {
    const ics = runCalendar({ ...base, sessions: [{ start: '2027-02-02T09:00', end: '2027-02-02T16:00' }] });
    expect(values(ics, 'DTSTART')).toEqual(['20270202T080000Z']);
    expect(values(ics, 'DTEND')).toEqual(['20270202T150000Z']);
  });

  it('writes Copenhagen summer time as UTC', () => {
    const ics = runCalendar({ ...base, sessions: [{ start: '2027-06-08T09:30', end: '2027-06-08T12:00' }] });
    expect(values(ics, 'DTSTART')).toEqual(['20270608T073000Z']);
    expect(values(ics, 'DTEND')).toEqual(['20270608T100000Z']);
  });

  it('gives each session of a multi-session run its own event, across the change to summer time', () => {
    const ics = runCalendar({
      ...base,
      sessions: [
        { start: '2027-03-23T09:00', end: '2027-03-23T16:00' },
        { start: '2027-03-30T09:00', end: '2027-03-30T16:00' },
        { start: '2027-04-06T13:00', end: '2027-04-06T15:30' },
      ],
    });
    expect(unfold(ics).match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(values(ics, 'DTSTART')).toEqual(['20270323T080000Z', '20270330T070000Z', '20270406T110000Z']);
    expect(values(ics, 'SUMMARY')).toEqual(['Samtaler med borgere (1/3)', 'Samtaler med borgere (2/3)', 'Samtaler med borgere (3/3)']);
    expect(new Set(values(ics, 'UID')).size).toBe(3);
  });

  it('carries place, link, description and a stable id', () => {
    const ics = runCalendar({ ...base, sessions: [{ start: '2027-02-02T09:00', end: '2027-02-02T16:00' }] });
    expect(values(ics, 'LOCATION')).toEqual(['Odense']);
    expect(values(ics, 'URL')).toEqual(['https://example.org/kurser/samtaler']);
    expect(values(ics, 'DESCRIPTION')).toEqual(['Et kursus om samtaler.']);
    expect(values(ics, 'UID')).toEqual(['kurser/samtaler/2027-foraar-1']);
    expect(values(ics, 'STATUS')).toEqual(['CONFIRMED']);
  });

  it('marks a cancelled run so calendars that hold it show the cancellation', () => {
    const ics = runCalendar({ ...base, cancelled: true, sessions: [{ start: '2027-02-02T09:00', end: '2027-02-02T16:00' }] });
    expect(values(ics, 'STATUS')).toEqual(['CANCELLED']);
  });

  it('is a calendar with no floating local times', () => {
    const ics = runCalendar({ ...base, sessions: [{ start: '2027-02-02T09:00', end: '2027-02-02T16:00' }] });
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics).not.toMatch(/DTSTART(;[^:]*)?:\d{8}T\d{6}\r?\n/);
  });
});
