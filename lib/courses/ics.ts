import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { Session } from '@/lib/content/schemas/course';
import { sessionTimes } from './schedule';

export interface RunCalendarInput {
  /** Stable across rebuilds, so a calendar updates the event instead of adding a copy. */
  uid: string;
  title: string;
  description: string;
  location: string;
  url: string;
  sessions: readonly Session[];
  cancelled: boolean;
}

function utcArray(instant: Date): DateArray {
  return [instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate(), instant.getUTCHours(), instant.getUTCMinutes()];
}

/**
 * An iCalendar file with one event per session of a run. `ics` cannot write
 * time zones, so times go out in UTC (…Z), converted from Copenhagen time
 * here; every calendar shows them in its user's own zone.
 */
export function runCalendar(input: RunCalendarInput): string {
  const count = input.sessions.length;
  const events: EventAttributes[] = input.sessions.map((session, index) => {
    const { start, end } = sessionTimes(session);
    return {
      uid: `${input.uid}-${index + 1}`,
      title: count > 1 ? `${input.title} (${index + 1}/${count})` : input.title,
      description: input.description,
      location: input.location,
      url: input.url,
      status: input.cancelled ? 'CANCELLED' : 'CONFIRMED',
      start: utcArray(start),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: utcArray(end),
      endInputType: 'utc',
      endOutputType: 'utc',
    };
  });
  const { error, value } = createEvents(events, { productId: 'cdiem-portal/kurser', calName: input.title });
  if (error || !value) throw error ?? new Error('ics gave no calendar');
  return value;
}
