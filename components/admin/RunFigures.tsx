import { getTranslations } from 'next-intl/server';
import { type RunRow } from '@/lib/admin/runs';
import { day } from './format';

/** A run's figures as a description list: capacity, people per state, deadline. */
export async function RunFigures({ row }: { row: RunRow }) {
  const t = await getTranslations({ locale: 'da', namespace: 'Admin' });
  const figures: [string, string | number][] = [
    [t('columns.capacity'), row.capacity ?? t('noCapacity')],
    [t('columns.confirmed'), row.counts.confirmed],
    [t('columns.held'), row.counts.held],
    [t('columns.offered'), row.counts.offered],
    [t('columns.waiting'), row.counts.waiting],
    [t('columns.deadline'), day(row.deadline)],
  ];
  return (
    <>
      <h2>{t('run.summary')}</h2>
      <dl className="admin-figures">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
