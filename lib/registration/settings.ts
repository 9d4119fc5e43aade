import { positiveSetting } from '@/lib/config/env';
export interface RegistrationSettings {
  holdHours: number;
  offerHours: number;
  retentionMonths: number;
  /** How long the back office's audit log keeps an entry. */
  auditRetentionMonths: number;
}

/** REGISTRATION_HOLD_HOURS, WAITLIST_OFFER_HOURS, REGISTRATION_RETENTION_MONTHS, ADMIN_AUDIT_RETENTION_MONTHS (48, 48, 12, 24). */
export function registrationSettings(env: Partial<Record<string, string>> = process.env): RegistrationSettings {
  return {
    holdHours: positiveSetting(env, 'REGISTRATION_HOLD_HOURS', 48),
    offerHours: positiveSetting(env, 'WAITLIST_OFFER_HOURS', 48),
    retentionMonths: positiveSetting(env, 'REGISTRATION_RETENTION_MONTHS', 12),
    auditRetentionMonths: positiveSetting(env, 'ADMIN_AUDIT_RETENTION_MONTHS', 24),
  };
}

export function addHours(instant: Date, hours: number): Date {
  return new Date(instant.getTime() + hours * 3_600_000);
}

/** Calendar months back in UTC; the 31st falls back to the month's last day. */
export function subtractMonths(instant: Date, months: number): Date {
  const result = new Date(instant.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

export function earlier(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}
