import { positiveSetting } from '@/lib/config/env';

/**
 * The advice request's configuration. The centre's inbox has no published address in the facts,
 * so it is never a default here: without ADVICE_INBOX the form says it cannot be sent.
 */
export interface AdviceSettings {
  /** Where requests go; undefined: the form is closed and names other ways to reach the centre. */
  inbox?: string;
  /** Days the reference, times and delivery status stay after both e-mails were accepted. */
  recordRetentionDays: number;
  /** Hours after which a request whose e-mails are not yet accepted is reported as undelivered. */
  undeliveredAlertHours: number;
}

const addressPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/u;

/** ADVICE_INBOX, ADVICE_RECORD_RETENTION_DAYS (30), ADVICE_UNDELIVERED_ALERT_HOURS (24). */
export function adviceSettings(env: Partial<Record<string, string>> = process.env): AdviceSettings {
  const inbox = env.ADVICE_INBOX?.trim();
  if (inbox && !addressPattern.test(inbox)) throw new Error(`ADVICE_INBOX must be one e-mail address (got "${inbox}")`);
  return {
    inbox: inbox || undefined,
    recordRetentionDays: positiveSetting(env, 'ADVICE_RECORD_RETENTION_DAYS', 30),
    undeliveredAlertHours: positiveSetting(env, 'ADVICE_UNDELIVERED_ALERT_HOURS', 24),
  };
}
