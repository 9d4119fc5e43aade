import { getTranslations } from 'next-intl/server';
import { type Contact } from '@/lib/content';
import { type Locale } from '@/lib/i18n/routing';

function telHref(phone: string): string {
  return `tel:${phone.replace(/\s/g, '')}`;
}

/**
 * How to reach a place. Numbers come from content/contacts, never from page text.
 * Where a number was read stays in the content (`source`) for editors: a label
 * under every card made the centre's own numbers look borrowed.
 */
export async function ContactCard({ contact, locale }: { contact: Contact; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Contact' });
  return (
    <section className="contact-card" aria-label={contact.name[locale]}>
      <p className="contact-card-name">{contact.name[locale]}</p>
      <p>{contact.description[locale]}</p>
      <dl className="contact-card-details">
        {contact.phone && (
          <>
            <dt>{t('phone')}</dt>
            <dd>
              <a href={telHref(contact.phone)}>{contact.phone}</a>
              {contact.phoneInternational && (
                <>
                  {' '}
                  ({t('fromAbroad')} <a href={telHref(contact.phoneInternational)}>{contact.phoneInternational}</a>)
                </>
              )}
            </dd>
          </>
        )}
        {contact.hours && (
          <>
            <dt>{t('hours')}</dt>
            <dd>{contact.hours[locale]}</dd>
          </>
        )}
        {contact.anonymous && (
          <>
            <dt>{t('anonymous')}</dt>
            <dd>{t('anonymousYes')}</dd>
          </>
        )}
        {contact.url && (
          <>
            <dt>{t('web')}</dt>
            <dd>
              <a href={contact.url}>{new URL(contact.url).hostname.replace(/^www\./, '')}</a>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
