import { getTranslations } from 'next-intl/server';
import { adminPaths } from '@/lib/admin/paths';
import { type Participant, type ParticipantQuery, type ParticipantSort } from '@/lib/admin/participants';
import { when } from './format';

const columns: { key: 'name' | 'organisation' | 'role' | 'email' | 'status' | 'registered'; sort?: ParticipantSort }[] = [
  { key: 'name', sort: 'name' },
  { key: 'organisation', sort: 'organisation' },
  { key: 'role' },
  { key: 'email' },
  { key: 'status', sort: 'status' },
  { key: 'registered', sort: 'registered' },
];

export async function ParticipantTable({ participants, query }: { participants: Participant[]; query: ParticipantQuery }) {
  const t = await getTranslations({ locale: 'da', namespace: 'Admin' });
  const ariaSort = (sort?: ParticipantSort) => (sort === query.sort ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined);
  return (
    <div className="admin-table-wrap">
      <table className="table table--compact">
        <caption className="sr-only">{t('run.caption', { sort: t(`run.sort.${query.sort}`), dir: t(`run.${query.dir}`) })}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" aria-sort={ariaSort(column.sort)}>
                {t(`columns.${column.key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {participants.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <a href={adminPaths.participant(p.id)}>{p.name}</a>
              </th>
              <td>{p.organisation}</td>
              <td>{p.role}</td>
              <td>{p.email}</td>
              <td>{t(`status.${p.status}`)}</td>
              <td>{when(p.registeredAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
