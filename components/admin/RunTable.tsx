import { getTranslations } from 'next-intl/server';
import { adminPaths } from '@/lib/admin/paths';
import { type RunRow } from '@/lib/admin/runs';
import { dates, day } from './format';

/** Runs with their figures; the run's name leads to its participants. */
export async function RunTable({ heading, rows }: { heading: string; rows: RunRow[] }) {
  const t = await getTranslations({ locale: 'da', namespace: 'Admin' });
  if (rows.length === 0) return <p>{t('overview.noRuns')}</p>;
  return (
    <div className="admin-table-wrap">
      <table className="table table--compact">
        <caption className="sr-only">{t('overview.caption', { heading })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.run')}</th>
            <th scope="col">{t('columns.deadline')}</th>
            <th scope="col" className="numeric">
              {t('columns.capacity')}
            </th>
            <th scope="col" className="numeric">
              {t('columns.confirmed')}
            </th>
            <th scope="col" className="numeric">
              {t('columns.held')}
            </th>
            <th scope="col" className="numeric">
              {t('columns.offered')}
            </th>
            <th scope="col" className="numeric">
              {t('columns.waiting')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                <a href={adminPaths.run(row.courseSlug, row.runId)}>{row.courseTitle}</a>
                <br />
                {dates(row.start, row.end)}
                {row.cancelled && <span className="tag admin-tag">{t('cancelledTag')}</span>}
              </th>
              <td>{day(row.deadline)}</td>
              <td className="numeric">{row.capacity ?? t('noCapacity')}</td>
              <td className="numeric">{row.counts.confirmed}</td>
              <td className="numeric">{row.counts.held}</td>
              <td className="numeric">{row.counts.offered}</td>
              <td className="numeric">{row.counts.waiting}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
