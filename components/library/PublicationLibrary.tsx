import { getTranslations } from 'next-intl/server';
import { FilteredList } from '@/components/filters/FilteredList';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';
import { type PublicationLibraryData } from '@/lib/library/page-data';

/** The filterable list on /viden: form, count and the publications, newest first. */
export async function PublicationLibrary({ library, locale }: { library: PublicationLibraryData; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Library' });
  const labels = await getTranslations({ locale, namespace: 'Courses' });
  return (
    <FilteredList
      id="library-filter"
      action={localizedPath(locale, '/viden')}
      t={t}
      selection={library}
      count={library.count}
      resultsHeading={t('resultsHeading')}
      facets={{
        type: { legend: t('filterGroups.type'), label: (value) => t(`types.${value}`) },
        theme: { legend: t('filterGroups.theme'), label: (value) => labels(`themes.${value}`) },
        audience: { legend: t('filterGroups.audience'), label: (value) => labels(`audiences.${value}`) },
        year: { legend: t('filterGroups.year'), label: (value) => value },
      }}
    >
      {library.count > 0 && (
        <ul className="unstyled-list course-list">
          {library.matches.map((publication) => (
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
    </FilteredList>
  );
}
