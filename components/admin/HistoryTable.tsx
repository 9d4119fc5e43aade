import { getTranslations } from 'next-intl/server';
import { type HistoryEntry } from '@/lib/registration/history';
import { when } from './format';

export async function HistoryTable({ history }: { history: HistoryEntry[] }) {
  const t = await getTranslations({ locale: 'da', namespace: 'Admin' });
  return (
    <div className="admin-table-wrap">
      <table className="table table--compact">
        <caption className="sr-only">{t('participant.historyCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.when')}</th>
            <th scope="col">{t('columns.what')}</th>
            <th scope="col">{t('columns.who')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((entry, index) => (
            <tr key={index}>
              <td>{when(entry.at)}</td>
              <td>{t(`events.${entry.event}`)}</td>
              <td>{entry.actor ?? t('participant.system')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
