import { getTranslations } from 'next-intl/server';
import { FieldGroup, TextField } from '@/components/forms/fields';
import { participantSorts, type ParticipantQuery } from '@/lib/admin/participants';

/** Search and order as a GET form: the list's address says what it shows, and it works without JavaScript. */
export async function ParticipantFilter({ action, query }: { action: string; query: ParticipantQuery }) {
  const t = await getTranslations({ locale: 'da', namespace: 'Admin.run' });
  const field = (label: string) => ({ label, errorPrefix: '' });
  const options = [
    {
      id: 'sort',
      label: t('sortLabel'),
      value: query.sort,
      choices: participantSorts.map((sort) => ({ value: sort, label: t(`sort.${sort}`) })),
    },
    {
      id: 'dir',
      label: t('dirLabel'),
      value: query.dir,
      choices: [
        { value: 'asc', label: t('asc') },
        { value: 'desc', label: t('desc') },
      ],
    },
  ];
  return (
    <form method="get" action={action} className="admin-filter" role="search">
      <TextField id="q" type="search" text={field(t('searchLabel'))} value={query.q} />
      {/* No empty first choice, unlike the forms' SelectField: a list is always in some order. */}
      {options.map((option) => (
        <FieldGroup key={option.id} id={option.id} text={field(option.label)}>
          <select className="form-select" id={option.id} name={option.id} defaultValue={option.value}>
            {option.choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </FieldGroup>
      ))}
      <button type="submit" className="button button-secondary">
        {t('apply')}
      </button>
    </form>
  );
}
