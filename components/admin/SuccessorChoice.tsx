import { getTranslations } from 'next-intl/server';
import { type Participant } from '@/lib/admin/participants';

/** Who gets the freed seat: the first in line unless staff choose someone else on the list. */
export async function SuccessorChoice({ successors }: { successors: Participant[] }) {
  const t = await getTranslations({ locale: 'da', namespace: 'Admin' });
  return (
    <fieldset className="form-group">
      <legend className="form-label">{t('actions.cancel.seatLegend')}</legend>
      <div className="form-group-radio">
        <input className="form-radio" type="radio" id="seat-first" name="giveSeatTo" value="" defaultChecked />
        <label htmlFor="seat-first">{t('actions.cancel.seatFirst')}</label>
      </div>
      {successors.map((person, index) => (
        <div className="form-group-radio" key={person.id}>
          <input className="form-radio" type="radio" id={`seat-${person.id}`} name="giveSeatTo" value={person.id} />
          <label htmlFor={`seat-${person.id}`}>{t('actions.cancel.seatTo', { name: person.name, place: index + 1 })}</label>
        </div>
      ))}
    </fieldset>
  );
}
