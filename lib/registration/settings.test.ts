import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '@/lib/mail/outbox';
import { availabilityState } from './queries';
import { registrationSettings, subtractMonths } from './settings';

describe('registrationSettings', () => {
  it('defaults to 48 hours, 48 hours, 12 months and 24 months, and reads the environment', () => {
    expect(registrationSettings({})).toEqual({ holdHours: 48, offerHours: 48, retentionMonths: 12, auditRetentionMonths: 24 });
    expect(
      registrationSettings({
        REGISTRATION_HOLD_HOURS: '24',
        WAITLIST_OFFER_HOURS: '12',
        REGISTRATION_RETENTION_MONTHS: '6',
        ADMIN_AUDIT_RETENTION_MONTHS: '36',
      }),
    ).toEqual({ holdHours: 24, offerHours: 12, retentionMonths: 6, auditRetentionMonths: 36 });
  });

  it('refuses a value that is not a positive number, naming the variable', () => {
    expect(() => registrationSettings({ REGISTRATION_HOLD_HOURS: 'two days' })).toThrow(/REGISTRATION_HOLD_HOURS/);
    expect(() => registrationSettings({ WAITLIST_OFFER_HOURS: '0' })).toThrow(/WAITLIST_OFFER_HOURS/);
  });
});

describe('subtractMonths', () => {
  it('goes back calendar months, keeping the time of day', () => {
    expect(subtractMonths(new Date('2028-03-09T15:00:00Z'), 12).toISOString()).toBe('2027-03-09T15:00:00.000Z');
  });
  it('falls back to the last day of a shorter month', () => {
    expect(subtractMonths(new Date('2027-03-31T10:00:00Z'), 1).toISOString()).toBe('2027-02-28T10:00:00.000Z');
    expect(subtractMonths(new Date('2028-02-29T10:00:00Z'), 12).toISOString()).toBe('2027-02-28T10:00:00.000Z');
  });
});

describe('availabilityState', () => {
  it('is open without a capacity, few near the end, full with a waiting list', () => {
    expect(availabilityState(undefined, 500, 0)).toBe('open');
    expect(availabilityState(20, 15, 0)).toBe('open');
    expect(availabilityState(20, 16, 0)).toBe('few');
    expect(availabilityState(20, 20, 0)).toBe('full-waitlist');
    // A seat on its way to the first in line is not free for a newcomer.
    expect(availabilityState(20, 19, 1)).toBe('full-waitlist');
    expect(availabilityState(3, 2, 0)).toBe('few');
  });
});

describe('retryDelayMs', () => {
  it('doubles from a minute and stops at an hour', () => {
    expect([1, 2, 3, 4, 7, 8, 20].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8, 60, 60, 60]);
  });
});
