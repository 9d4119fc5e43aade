import { getTranslations } from 'next-intl/server';
import { type ConcernRoute, type Contact, type District, type Municipality } from '@/lib/content';
import { DISTRICT_PLACEHOLDER } from '@/lib/content/vocabulary';
import { LOOKUP_PATH } from '@/lib/concern/paths';
import { localizedPath } from '@/lib/i18n/paths';
import { type AppLocale } from '@/lib/i18n/routing';
import { telHref } from './tel';

interface RouteCardProps {
  locale: AppLocale;
  route: ConcernRoute;
  contacts: readonly Contact[];
  /** The person's municipality and its district, when known: names the infohus. */
  place?: { municipality: Municipality; district: District };
  headingLevel?: 2 | 3;
  /** Say which district the municipality belongs to (off where the page already says it). */
  showPlace?: boolean;
}

/** Routes that lead to the local infohus, and so depend on where the person lives. */
const LOCAL_ROUTES = new Set(['infohus', 'self-help']);

/** One place to turn: what to do, how to reach it (numbers from content/contacts), what happens next. */
export async function RouteCard({ locale, route, contacts, place, headingLevel = 2, showPlace = true }: RouteCardProps) {
  const t = await getTranslations('Concern');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
  const title =
    place && route.titleWithDistrict
      ? route.titleWithDistrict[locale].replace(DISTRICT_PLACEHOLDER, place.district.name)
      : route.title[locale];
  const local = LOCAL_ROUTES.has(route.id);
  const headingId = `route-${route.id}`;
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId}>{title}</Heading>
      {local && place && showPlace && (
        <p>{t('result.district', { municipality: place.municipality.name, district: place.district.name })}</p>
      )}
      <p>{route.how[locale]}</p>
      {route.contacts.map((id) => {
        const contact = contacts.find((candidate) => candidate.id === id);
        return contact ? <ContactDetails key={id} contact={contact} locale={locale} /> : null;
      })}
      {local && !place && (
        <p>
          <a href={localizedPath(locale, LOOKUP_PATH)}>{t('result.findInfohus')}</a>
        </p>
      )}
      {route.links.map((link) => (
        <p key={link.href}>
          <a href={link.href}>{link.label[locale]}</a>
        </p>
      ))}
      <SubHeading>{t('result.next')}</SubHeading>
      <p>{route.next[locale]}</p>
    </section>
  );
}

async function ContactDetails({ contact, locale }: { contact: Contact; locale: AppLocale }) {
  const t = await getTranslations('Concern');
  return (
    <div className="concern-contact">
      <dl>
        {contact.phone && (
          <>
            <dt>
              {t('result.phone')}, {contact.name[locale]}
            </dt>
            <dd>
              <a className="concern-phone" href={telHref(contact.phone)}>
                {contact.phone}
              </a>
            </dd>
          </>
        )}
        {contact.phoneInternational && (
          <>
            <dt>{t('result.fromAbroad')}</dt>
            <dd>
              <a href={telHref(contact.phoneInternational)}>{contact.phoneInternational}</a>
            </dd>
          </>
        )}
        {contact.hours && (
          <>
            <dt>{t('result.hours')}</dt>
            <dd>{contact.hours[locale]}</dd>
          </>
        )}
        {contact.url && (
          <>
            <dt>{t('result.web')}</dt>
            <dd>
              <a href={contact.url}>{new URL(contact.url).hostname.replace(/^www\./, '')}</a>
            </dd>
          </>
        )}
      </dl>
      {contact.anonymous && <p>{t('result.anonymous')}</p>}
    </div>
  );
}
