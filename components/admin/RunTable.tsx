import { getTranslations } from 'next-intl/server';
import { adminPaths } from '@/lib/admin/paths';
import { type RunRow } from '@/lib/admin/runs';
import { dates, day } from './format';

const countColumns = ['confirmed', 'held', 'offered', 'waiting'] as const;
const figureColumns = ['capacity', ...countColumns] as const;

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
            {figureColumns.map((column) => (
              <th key={column} scope="col" className="numeric">
                {t(`columns.${column}`)}
              </th>
            ))}
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
              {countColumns.map((column) => (
                <td key={column} className="numeric">
                  {row.counts[column]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
