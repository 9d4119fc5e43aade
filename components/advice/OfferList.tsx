import { getTranslations } from 'next-intl/server';
import { FilteredList } from '@/components/filters/FilteredList';
import { type OfferListData, type OfferView } from '@/lib/advice/offers';
import { advicePaths } from '@/lib/advice/paths';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';

type Translator = Awaited<ReturnType<typeof getTranslations<'Advice'>>>;

function OfferCard({ view, locale, t }: { view: OfferView; locale: Locale; t: Translator }) {
  const { offer } = view;
  const title = offer.title[locale];
  return (
    <li className="course-card offer-card" id={advicePaths.offerAnchor(offer.slug)}>
      <h3 className="h4">{title}</h3>
      <p>{offer.summary[locale]}</p>
      <dl>
        <dt>{t('offer.forWhom')}</dt>
        <dd>{offer.organisations.map((kind) => t(`organisations.${kind}`)).join(', ')}</dd>
        <dt>{t('offer.provides')}</dt>
        <dd>
          <ul>
            {offer.provides.map((line) => (
              <li key={line.da}>{line[locale]}</li>
            ))}
          </ul>
        </dd>
        {view.courses.length > 0 && (
          <>
            <dt>{t('offer.courses')}</dt>
            <dd>
              <ul>
                {view.courses.map((course) => (
                  <li key={course.href}>
                    <a href={localizedPath(locale, course.href)}>{course.title}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {view.tools.length > 0 && (
          <>
            <dt>{t('offer.tools')}</dt>
            <dd>
              <ul>
                {view.tools.map((tool) => (
                  <li key={tool.href}>
                    <a href={localizedPath(locale, tool.href)}>{tool.title}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <p>
        <a href={localizedPath(locale, view.activity.href)}>{t('offer.activity', { title: view.activity.title })}</a>
      </p>
      <p>
        <a className="button button-secondary" href={localizedPath(locale, view.requestHref)}>
          {t('offer.request')}
          <span className="sr-only"> {t('offer.requestFor', { title })}</span>
        </a>
      </p>
    </li>
  );
}

/** The filterable list on /for-kommuner: who the organisation is, then the offers in order. */
export async function OfferList({ list, locale }: { list: OfferListData; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Advice' });
  return (
    <>
      <FilteredList
        id="offer-filter"
        action={localizedPath(locale, advicePaths.list)}
        t={t}
        selection={list}
        count={list.count}
        resultsHeading={t('resultsHeading')}
        facets={{ organisation: { legend: t('filterGroups.organisation'), label: (value) => t(`organisations.${value}`) } }}
      >
        {list.count > 0 && (
          <ul className="unstyled-list course-list">
            {list.matches.map((view) => (
              <OfferCard key={view.offer.slug} view={view} locale={locale} t={t} />
            ))}
          </ul>
        )}
      </FilteredList>
      <section aria-labelledby="advice-other-heading">
        <h2 id="advice-other-heading">{t('otherHeading')}</h2>
        <p>{t('otherLead')}</p>
        <p>
          <a className="button button-primary" href={localizedPath(locale, advicePaths.form)}>
            {t('otherLink')}
          </a>
        </p>
      </section>
    </>
  );
}
