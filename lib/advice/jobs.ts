import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { adviceSettings } from './settings';
import { settleAdviceRequests } from './store';

/**
 * What runs after every round of the outbox worker: delivered requests lose their personal data,
 * old records go, undelivered ones are reported. Cheap when there is nothing to do (three indexed
 * queries), so it can follow each round.
 */
export function adviceAfterSend(db: Kysely<Database>, clock: () => Date) {
  const settings = adviceSettings();
  return () =>
    settleAdviceRequests(db, {
      now: clock(),
      recordRetentionDays: settings.recordRetentionDays,
      undeliveredAlertHours: settings.undeliveredAlertHours,
    });
}
