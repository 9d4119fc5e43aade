import { describe, expect, it } from 'vitest';
import {
  copenhagenIso,
  copenhagenToUtc,
  endOfCopenhagenDay,
  formatCalendarDate,
  formatDateRange,
  formatClock,
  formatLongDate,
} from './time';

describe('copenhagenToUtc', () => {
  it('subtracts one hour in winter', () => {
    expect(copenhagenToUtc('2027-01-12T09:00').toISOString()).toBe('2027-01-12T08:00:00.000Z');
  });

  it('subtracts two hours in summer', () => {
    expect(copenhagenToUtc('2027-06-15T09:00').toISOString()).toBe('2027-06-15T07:00:00.000Z');
  });

  it('uses the offset of the day itself around the change to summer time (28 March 2027)', () => {
    expect(copenhagenToUtc('2027-03-27T09:00').toISOString()).toBe('2027-03-27T08:00:00.000Z');
    expect(copenhagenToUtc('2027-03-28T09:00').toISOString()).toBe('2027-03-28T07:00:00.000Z');
  });

  it('uses the offset of the day itself around the change to winter time (31 October 2027)', () => {
    expect(copenhagenToUtc('2027-10-30T23:30').toISOString()).toBe('2027-10-30T21:30:00.000Z');
    expect(copenhagenToUtc('2027-10-31T09:00').toISOString()).toBe('2027-10-31T08:00:00.000Z');
  });

  it('reads a date alone as midnight', () => {
    expect(copenhagenToUtc('2027-06-15').toISOString()).toBe('2027-06-14T22:00:00.000Z');
  });

  it('rejects text that is not a time', () => {
    expect(() => copenhagenToUtc('next tuesday')).toThrow(/not a Copenhagen time/);
  });
});

describe('endOfCopenhagenDay', () => {
  it('is midnight after the day, in Copenhagen', () => {
    expect(endOfCopenhagenDay('2027-02-10').toISOString()).toBe('2027-02-10T23:00:00.000Z');
    expect(endOfCopenhagenDay('2027-08-31').toISOString()).toBe('2027-08-31T22:00:00.000Z');
  });
});

describe('formatting', () => {
  const lateEvening = new Date('2027-03-01T22:30:00Z'); // 23:30 on 1 March in Copenhagen

  it('shows the Copenhagen date and time whatever the server zone', () => {
    expect(formatLongDate(lateEvening, 'da')).toBe('mandag den 1. marts 2027');
    expect(formatClock(lateEvening, 'da')).toBe('23.30');
  });

  it('formats in English for English pages', () => {
    expect(formatLongDate(lateEvening, 'en')).toBe('Monday, 1 March 2027');
    expect(formatClock(lateEvening, 'en')).toBe('23:30');
  });

  it('keeps a calendar date on its day', () => {
    expect(formatCalendarDate('2027-02-10', 'da')).toBe('onsdag den 10. februar 2027');
  });
});

describe('copenhagenIso', () => {
  it('adds the offset in force on the day', () => {
    expect(copenhagenIso('2027-01-12T09:00')).toBe('2027-01-12T09:00:00+01:00');
    expect(copenhagenIso('2027-06-15T09:00')).toBe('2027-06-15T09:00:00+02:00');
  });
});

describe('formatDateRange', () => {
  it('names one day once and a span by its ends', () => {
    const start = copenhagenToUtc('2027-03-23T09:00');
    expect(formatDateRange(start, copenhagenToUtc('2027-03-23T16:00'), 'da')).toBe('23. marts 2027');
    expect(formatDateRange(start, copenhagenToUtc('2027-04-06T15:30'), 'da')).toMatch(/^23\. marts\s*–\s*6\. april 2027$/);
    expect(formatDateRange(start, copenhagenToUtc('2027-04-06T15:30'), 'en')).toMatch(/^23 March\s*–\s*6 April 2027$/);
  });
});
