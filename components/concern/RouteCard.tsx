import { getTranslations } from 'next-intl/server';
import { type Contact } from '@/lib/content';
import { DISTRICT_PLACEHOLDER } from '@/lib/content/vocabulary';
import { politikreds } from '@/lib/concern/district-name';
import { LOOKUP_PATH } from '@/lib/concern/paths';
import { type ConcernResult, type ResultOption } from '@/lib/concern/result';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';
import { telHref } from './tel';

interface RouteCardProps {
  locale: Locale;
  option: ResultOption;
  /** The situation the option fits ("Hvis du er i tvivl …"), shown with its title. */
  when?: string;
  /** The person's municipality and its district, when known: names the infohus. */
  place?: ConcernResult['place'];
  headingLevel?: 2 | 3;
  /** Say which district the municipality belongs to (off where the page already says it). */
  showPlace?: boolean;
  /** A page of the portal about this option for the person (their sector's procedure). */
  link?: { href: string; title: string };
}

/** One place to turn: the situation it fits, how to reach it (numbers from content/contacts), what happens next. */
export async function RouteCard({ locale, option, when, place, headingLevel = 2, showPlace = true, link }: RouteCardProps) {
  const t = await getTranslations('Concern');
  const { route, supplement, contacts, local } = option;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
  const district = place && politikreds(place.district);
  const title =
    district && route.titleWithDistrict ? route.titleWithDistrict[locale].replace(DISTRICT_PLACEHOLDER, district) : route.title[locale];
  const headingId = `route-${route.id}`;
  return (
    <section className={`concern-option concern-option-${route.id}`} aria-labelledby={headingId}>
      <Heading id={headingId}>
        {when && <span className="concern-when">{when}: </span>}
        <span className="concern-option-title">{title}</span>
      </Heading>
      {local && place && showPlace && <p>{t('result.district', { municipality: place.municipality.name, district: district! })}</p>}
      <p>{route.how[locale]}</p>
      {contacts.map((contact) => (
        <ContactDetails key={contact.id} contact={contact} locale={locale} />
      ))}
      {local && !place && (
        <p>
          <a href={localizedPath(locale, LOOKUP_PATH)}>{t('result.findInfohus')}</a>
        </p>
      )}
      {link && (
        <p>
          <a href={link.href}>{link.title}</a>
        </p>
      )}
      {route.links.map((routeLink) => (
        <p key={routeLink.href}>
          <a href={routeLink.href}>{routeLink.label[locale]}</a>
        </p>
      ))}
      <SubHeading>{t('result.next')}</SubHeading>
      <p>{route.next[locale]}</p>
      {supplement && (
        <>
          <SubHeading>{supplement.title[locale]}</SubHeading>
          <p>{supplement.how[locale]}</p>
          <p>{supplement.next[locale]}</p>
        </>
      )}
    </section>
  );
}

async function ContactDetails({ contact, locale }: { contact: Contact; locale: Locale }) {
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
