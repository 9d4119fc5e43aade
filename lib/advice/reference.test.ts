import { describe, expect, it } from 'vitest';
import { isReference, newReference } from './reference';
import { adviceSettings } from './settings';

describe('newReference', () => {
  it('is R- and two groups of four characters that cannot be misread', () => {
    const seen = new Set<string>();
    for (let n = 0; n < 2000; n += 1) {
      const reference = newReference();
      expect(isReference(reference), reference).toBe(true);
      expect(reference).not.toMatch(/[01OIL]/);
      seen.add(reference);
    }
    expect(seen.size).toBe(2000);
  });

  it('refuses anything else as a reference (the receipt route reads only these)', () => {
    for (const value of ['', 'R-ABCD', 'r-abcd-efgh', 'R-ABCD-EFG0', "R-ABCD-EFGH' OR 1=1", '../R-ABCD-EFGH'])
      expect(isReference(value), value).toBe(false);
  });
});

describe('adviceSettings', () => {
  it('has no inbox unless one is configured, and defaults for the times', () => {
    expect(adviceSettings({})).toEqual({ inbox: undefined, recordRetentionDays: 30, undeliveredAlertHours: 24 });
    expect(
      adviceSettings({
        ADVICE_INBOX: ' raadgivning@example.test ',
        ADVICE_RECORD_RETENTION_DAYS: '7',
        ADVICE_UNDELIVERED_ALERT_HOURS: '2',
      }),
    ).toEqual({
      inbox: 'raadgivning@example.test',
      recordRetentionDays: 7,
      undeliveredAlertHours: 2,
    });
  });

  it('refuses an inbox that is not one address, and times that are not positive', () => {
    expect(() => adviceSettings({ ADVICE_INBOX: 'a@example.test, b@example.test' })).toThrow(/ADVICE_INBOX/);
    expect(() => adviceSettings({ ADVICE_RECORD_RETENTION_DAYS: '0' })).toThrow(/ADVICE_RECORD_RETENTION_DAYS/);
  });
});
