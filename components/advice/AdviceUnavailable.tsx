import { getTranslations } from 'next-intl/server';
import { ContactCard } from '@/components/mdx/ContactCard';
import type { Contact } from '@/lib/content';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';

/**
 * Without a configured inbox the form is not shown: it says so and gives what /kontakt gives for
 * reaching the centre (through the Danish Immigration Service), and the hotline for a concern.
 */
export async function AdviceUnavailable({ contacts, locale }: { contacts: readonly Contact[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Advice.form.unavailable' });
  const hotline = contacts.find((contact) => contact.id === 'hotline');
  return (
    <>
      <div className="alert alert-info" id="advice-unavailable">
        <div className="alert-body">
          <h2 className="alert-heading">{t('title')}</h2>
          <p className="alert-text">{t('text')}</p>
        </div>
      </div>
      <ul>
        <li>
          <a href="https://us.dk">{t('usLink')}</a>
        </li>
        <li>
          <a href={localizedPath(locale, '/kontakt')}>{t('contactLink')}</a>
        </li>
      </ul>
      {hotline && <ContactCard contact={hotline} locale={locale} />}
    </>
  );
}
