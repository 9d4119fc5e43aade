import { getTranslations } from 'next-intl/server';
import type { Contact } from '@/lib/content';
import { type Locale } from '@/lib/i18n/routing';

/**
 * Above the description: the form is not for a concern about a person. The hotline's number and
 * hours and the police's numbers come from content/contacts, never from the messages.
 */
export async function CitizenNotice({ contacts, locale }: { contacts: readonly Contact[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Advice.form.citizens' });
  const find = (id: string) => contacts.find((contact) => contact.id === id);
  const hotline = find('hotline');
  const alarm = find('alarm');
  const police = find('police');
  const tel = (phone: string) => `tel:${phone.replace(/\s/g, '')}`;
  return (
    <div className="alert alert-warning" id="citizens-notice">
      <div className="alert-body">
        <h2 className="alert-heading h4">{t('title')}</h2>
        <p className="alert-text">{t('text')}</p>
        {hotline?.phone && (
          <p className="alert-text">
            {t.rich('hotline', {
              name: hotline.name[locale],
              number: hotline.phone,
              phone: (chunks) => <a href={tel(hotline.phone!)}>{chunks}</a>,
              hours: hotline.hours?.[locale] ?? '',
            })}
          </p>
        )}
        {alarm?.phone && police?.phone && (
          <p className="alert-text">
            {t.rich('police', {
              emergencyNumber: alarm.phone,
              policeNumber: police.phone,
              emergency: (chunks) => <a href={tel(alarm.phone!)}>{chunks}</a>,
              police: (chunks) => <a href={tel(police.phone!)}>{chunks}</a>,
            })}
          </p>
        )}
      </div>
    </div>
  );
}
