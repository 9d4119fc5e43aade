import { getTranslations } from 'next-intl/server';
import { participantSorts, type ParticipantQuery } from '@/lib/admin/participants';

/** Search and order as a GET form: the list's address says what it shows, and it works without JavaScript. */
export async function ParticipantFilter({ action, query }: { action: string; query: ParticipantQuery }) {
  const t = await getTranslations({ locale: 'da', namespace: 'Admin.run' });
  return (
    <form method="get" action={action} className="admin-filter" role="search">
      <div className="form-group">
        <label className="form-label" htmlFor="participant-search">
          {t('searchLabel')}
        </label>
        <input className="form-input" id="participant-search" name="q" type="search" defaultValue={query.q} />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="participant-sort">
          {t('sortLabel')}
        </label>
        <select className="form-select" id="participant-sort" name="sort" defaultValue={query.sort}>
          {participantSorts.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sort.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="participant-dir">
          {t('dirLabel')}
        </label>
        <select className="form-select" id="participant-dir" name="dir" defaultValue={query.dir}>
          <option value="asc">{t('asc')}</option>
          <option value="desc">{t('desc')}</option>
        </select>
      </div>
      <button type="submit" className="button button-secondary">
        {t('apply')}
      </button>
    </form>
  );
}
