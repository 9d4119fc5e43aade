import { getTranslations } from 'next-intl/server';
import { FilterForm } from '@/components/courses/FilterForm';
import { IgnoredFilters } from '@/components/courses/IgnoredFilters';
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
      <IgnoredFilters
        ignored={ignored}
        notice={t('ignoredNotice', { count: ignored.length })}
        describe={(value) => t('ignoredValue', { group: t(`filterGroups.${value.key as 'type'}`), value: value.value })}
      />
      <FilterForm
        id="library-filter"
        action={action}
        heading={t('filtersHeading')}
        lead={t('filtersLead')}
        submitLabel={t('apply')}
        clearLabel={t('clear')}
        hasFilters={filtered}
        groups={[
          {
            name: 'type',
            legend: t('filterGroups.type'),
            options: options.type.map((v) => ({ value: v, label: t(`types.${v}`), checked: filters.type.includes(v) })),
          },
          {
            name: 'theme',
            legend: t('filterGroups.theme'),
            options: options.theme.map((v) => ({ value: v, label: labels(`themes.${v}`), checked: filters.theme.includes(v) })),
          },
          {
            name: 'audience',
            legend: t('filterGroups.audience'),
            options: options.audience.map((v) => ({ value: v, label: labels(`audiences.${v}`), checked: filters.audience.includes(v) })),
          },
          {
            name: 'year',
            legend: t('filterGroups.year'),
            options: options.year.map((v) => ({ value: v, label: v, checked: filters.year.includes(v) })),
          },
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
