import { getTranslations } from 'next-intl/server';
import { FilterControls, filterText } from '@/components/filters/FilterControls';
import type { Publication } from '@/lib/content/publications';
import { type SearchParamsInput } from '@/lib/filters/params';
import { localizedPath } from '@/lib/i18n/paths';
import { type AppLocale } from '@/lib/i18n/routing';
import {
  filterPublications,
  hasPublicationFilters,
  parsePublicationFilters,
  publicationFilterOptions,
  publicationYears,
  sortPublications,
} from '@/lib/library/filters';

interface PublicationLibraryProps {
  publications: readonly Publication[];
  searchParams: SearchParamsInput;
  locale: AppLocale;
}

/** The filterable list on /viden: form, count and the publications, newest first. */
export async function PublicationLibrary({ publications, searchParams, locale }: PublicationLibraryProps) {
  const t = await getTranslations({ locale, namespace: 'Library' });
  const labels = await getTranslations({ locale, namespace: 'Courses' });
  const action = localizedPath(locale, '/viden');
  const { filters, ignored } = parsePublicationFilters(searchParams, publicationYears(publications));
  const filtered = hasPublicationFilters(filters);
  const results = sortPublications(filterPublications(publications, filters), locale);
  const options = publicationFilterOptions(publications, filters);

  return (
    <>
      <FilterControls
        id="library-filter"
        action={action}
        ignored={ignored}
        hasFilters={filtered}
        text={filterText(t, ignored.length)}
        choices={[
          {
            name: 'type',
            legend: t('filterGroups.type'),
            values: options.type,
            chosen: filters.type,
            label: (v) => t(`types.${v as (typeof options.type)[number]}`),
          },
          {
            name: 'theme',
            legend: t('filterGroups.theme'),
            values: options.theme,
            chosen: filters.theme,
            label: (v) => labels(`themes.${v as (typeof options.theme)[number]}`),
          },
          {
            name: 'audience',
            legend: t('filterGroups.audience'),
            values: options.audience,
            chosen: filters.audience,
            label: (v) => labels(`audiences.${v as (typeof options.audience)[number]}`),
          },
          { name: 'year', legend: t('filterGroups.year'), values: options.year, chosen: filters.year, label: (v) => v },
        ]}
      />

      <section aria-labelledby="library-results-heading">
        <h2 id="library-results-heading">{t('resultsHeading')}</h2>
        <p className="result-count">
          {filtered ? t('resultCount', { count: results.length }) : t('resultCountAll', { count: results.length })}
        </p>
        {results.length === 0 ? (
          <p>
            {t('noResults')} <a href={action}>{t('clear')}</a>
          </p>
        ) : (
          <ul className="unstyled-list course-list">
            {results.map((publication) => (
              <li key={publication.slug} className="course-card">
                <h3 className="h4">
                  <a href={localizedPath(locale, `/viden/${publication.slug}`)}>{publication.title[locale]}</a>
                </h3>
                <p className="course-card-meta">
                  {[t(`types.${publication.type}`), publication.year].filter((part) => part !== undefined).join(' · ')}
                </p>
                <p>{publication.summary[locale]}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
