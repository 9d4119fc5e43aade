import type { Kysely } from 'kysely';
import type { Database, RegistrationStatus } from '@/lib/db/schema';

export interface Participant {
  id: string;
  name: string;
  email: string;
  organisationKind: string;
  organisation: string;
  role: string;
  phone: string | null;
  note: string | null;
  status: RegistrationStatus;
  registeredAt: Date;
  confirmedAt: Date | null;
  /** Order on the waiting list; null for everyone not (or no longer) waiting. */
  waitingSeq: number | null;
}

export async function loadParticipants(db: Kysely<Database>, runKey: string): Promise<Participant[]> {
  const rows = await db.selectFrom('registrations').selectAll().where('run_id', '=', runKey).orderBy('created_at').execute();
  return rows.map(toParticipant);
}

export async function loadParticipant(db: Kysely<Database>, id: string): Promise<(Participant & { runKey: string }) | undefined> {
  const row = await db.selectFrom('registrations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { ...toParticipant(row), runKey: row.run_id };
}

function toParticipant(row: Database['registrations']): Participant {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    organisationKind: row.organisation_kind,
    organisation: row.organisation,
    role: row.role,
    phone: row.phone,
    note: row.note,
    status: row.status,
    registeredAt: new Date(row.created_at),
    confirmedAt: row.confirmed_at ? new Date(row.confirmed_at) : null,
    waitingSeq: row.waiting_seq,
  };
}

export const participantSorts = ['name', 'organisation', 'status', 'registered'] as const;
export type ParticipantSort = (typeof participantSorts)[number];
export type SortDirection = 'asc' | 'desc';

export interface ParticipantQuery {
  q: string;
  sort: ParticipantSort;
  dir: SortDirection;
}

/** Reads the list's GET form; anything unknown falls back to the defaults rather than failing. */
export function parseParticipantQuery(params: Record<string, string | string[] | undefined>): ParticipantQuery {
  const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';
  const sort = one(params.sort);
  return {
    q: one(params.q).trim().slice(0, 100),
    sort: (participantSorts as readonly string[]).includes(sort) ? (sort as ParticipantSort) : 'registered',
    dir: one(params.dir) === 'desc' ? 'desc' : 'asc',
  };
}

/** Seat holders first, then the waiting list in its order, then those who left. */
const statusOrder: Record<RegistrationStatus, number> = { confirmed: 0, offered: 1, held: 2, waiting: 3, cancelled: 4, expired: 5 };
const collator = new Intl.Collator('da', { sensitivity: 'base' });

function compare(a: Participant, b: Participant, sort: ParticipantSort): number {
  switch (sort) {
    case 'name':
      return collator.compare(a.name, b.name);
    case 'organisation':
      return collator.compare(a.organisation, b.organisation) || collator.compare(a.name, b.name);
    case 'status':
      return statusOrder[a.status] - statusOrder[b.status] || (a.waitingSeq ?? 0) - (b.waitingSeq ?? 0);
    case 'registered':
      return a.registeredAt.getTime() - b.registeredAt.getTime();
  }
}

const fold = (text: string) => text.toLocaleLowerCase('da').normalize('NFKD').replace(/\p{M}/gu, '');

/** Every word of the search must occur in the name, e-mail, organisation or role. */
export function selectParticipants(participants: readonly Participant[], query: ParticipantQuery): Participant[] {
  const words = fold(query.q).split(/\s+/).filter(Boolean);
  const found = participants.filter((p) => {
    const haystack = fold([p.name, p.email, p.organisation, p.role].join(' '));
    return words.every((word) => haystack.includes(word));
  });
  const sign = query.dir === 'desc' ? -1 : 1;
  return found.sort((a, b) => sign * compare(a, b, query.sort) || a.id.localeCompare(b.id));
}

/** People waiting, in their order: the choice of who gets a seat handed over. */
export function waitingList(participants: readonly Participant[]): Participant[] {
  return participants.filter((p) => p.status === 'waiting').sort((a, b) => (a.waitingSeq ?? 0) - (b.waitingSeq ?? 0));
}
