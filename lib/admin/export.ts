import { formatInCopenhagen } from '@/lib/courses/time';
import da from '@/messages/da.json' with { type: 'json' };
import { toCsv } from './csv';
import { type Participant, waitingList } from './participants';

const stamp = (instant: Date | null) => (instant ? formatInCopenhagen(instant, 'da', { dateStyle: 'short', timeStyle: 'short' }) : '');
const kindLabel = (kind: string) => (da.Registration.organisationKinds as Record<string, string>)[kind] ?? kind;

/** A run's participants as the CSV staff open in Excel; the columns are the registration form's fields. */
export function participantsCsv(participants: readonly Participant[]): string {
  const columns = da.Admin.columns;
  const header = [
    columns.name,
    columns.email,
    columns.phone,
    columns.organisationKind,
    columns.organisation,
    columns.role,
    columns.status,
    columns.registered,
    columns.confirmed,
    columns.place,
    columns.note,
  ];
  const places = new Map(waitingList(participants).map((p, index) => [p.id, index + 1]));
  const rows = participants.map((p) => [
    p.name,
    p.email,
    p.phone,
    kindLabel(p.organisationKind),
    p.organisation,
    p.role,
    da.Admin.status[p.status],
    stamp(p.registeredAt),
    stamp(p.confirmedAt),
    places.get(p.id) ?? null,
    p.note,
  ]);
  return toCsv(header, rows);
}

/** `deltagere-<course>-<run>.csv`: a name that says what it is, in the downloads folder. */
export function csvFilename(courseSlug: string, runId: string): string {
  return `deltagere-${courseSlug}-${runId}.csv`.replace(/[^A-Za-z0-9._-]/g, '-');
}
