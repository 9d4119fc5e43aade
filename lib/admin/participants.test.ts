import { describe, expect, it } from 'vitest';
import { type Participant, parseParticipantQuery, selectParticipants, waitingList } from './participants';

const person = (id: string, name: string, extra: Partial<Participant> = {}): Participant => ({
  id,
  name,
  email: `${id}@example.org`,
  organisationKind: 'municipality',
  organisation: 'Aarhus Kommune',
  role: 'Lærer',
  phone: null,
  note: null,
  status: 'confirmed',
  registeredAt: new Date(`2027-01-0${id}T10:00:00Z`),
  confirmedAt: null,
  waitingSeq: null,
  ...extra,
});

const everyone = [
  person('1', 'Åse Holm', { status: 'waiting', waitingSeq: 2 }),
  person('2', 'Bo Ærenlund', { organisation: 'Region Midtjylland', role: 'SSP-koordinator' }),
  person('3', 'Anne Øst', { status: 'held' }),
  person('4', 'Carl Berg', { status: 'waiting', waitingSeq: 1 }),
];
const names = (list: Participant[]) => list.map((p) => p.name);

describe('the participant list', () => {
  it('reads its GET form, falling back to defaults for anything unknown', () => {
    expect(parseParticipantQuery({})).toEqual({ q: '', sort: 'registered', dir: 'asc' });
    expect(parseParticipantQuery({ q: '  anne ', sort: 'name', dir: 'desc' })).toEqual({ q: 'anne', sort: 'name', dir: 'desc' });
    expect(parseParticipantQuery({ q: ['a', 'b'], sort: 'password', dir: 'sideways' })).toEqual({ q: 'a', sort: 'registered', dir: 'asc' });
    expect(parseParticipantQuery({ q: 'x'.repeat(500) }).q).toHaveLength(100);
  });

  it('sorts names in Danish order, both ways', () => {
    expect(names(selectParticipants(everyone, { q: '', sort: 'name', dir: 'asc' }))).toEqual([
      'Anne Øst',
      'Bo Ærenlund',
      'Carl Berg',
      'Åse Holm',
    ]);
    expect(names(selectParticipants(everyone, { q: '', sort: 'name', dir: 'desc' }))).toEqual([
      'Åse Holm',
      'Carl Berg',
      'Bo Ærenlund',
      'Anne Øst',
    ]);
  });

  it('sorts by status with seat holders first and the waiting list in its order', () => {
    expect(names(selectParticipants(everyone, { q: '', sort: 'status', dir: 'asc' }))).toEqual([
      'Bo Ærenlund',
      'Anne Øst',
      'Carl Berg',
      'Åse Holm',
    ]);
  });

  it('finds every word of the search in name, e-mail, organisation or role, ignoring case', () => {
    expect(names(selectParticipants(everyone, { q: 'region ssp', sort: 'registered', dir: 'asc' }))).toEqual(['Bo Ærenlund']);
    expect(names(selectParticipants(everyone, { q: 'ØST', sort: 'registered', dir: 'asc' }))).toEqual(['Anne Øst']);
    expect(names(selectParticipants(everyone, { q: '4@example', sort: 'registered', dir: 'asc' }))).toEqual(['Carl Berg']);
    expect(selectParticipants(everyone, { q: 'nobody', sort: 'registered', dir: 'asc' })).toEqual([]);
  });

  it('gives the waiting list in its own order', () => {
    expect(names(waitingList(everyone))).toEqual(['Carl Berg', 'Åse Holm']);
  });
});
