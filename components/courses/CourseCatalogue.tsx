import type { Course } from '@/lib/content/courses';
import { currentSemesters, listSemesters } from '@/lib/courses/catalogue';
import { courseFilterOptions, filterCourses, hasCourseFilters, parseCourseFilters } from '@/lib/courses/filters';
import { arrangeCourses } from '@/lib/courses/schedule';
import { type SearchParamsInput } from '@/lib/filters/params';
import { localizedPath } from '@/lib/i18n/paths';
import { type AppLocale } from '@/lib/i18n/routing';
import { CourseCard } from './CourseCard';
import { FilterForm } from './FilterForm';
import { IgnoredFilters } from './IgnoredFilters';
import { courseText } from './text';

interface CourseCatalogueProps {
  courses: readonly Course[];
  searchParams: SearchParamsInput;
  locale: AppLocale;
  now: Date;
}

/** The filterable list on /kurser: form, count, courses by next date, those without dates, print links, archive. */
export async function CourseCatalogue({ courses, searchParams, locale, now }: CourseCatalogueProps) {
  const text = await courseText(locale);
  const { t } = text;
  const action = localizedPath(locale, '/kurser');
  const { filters, ignored } = parseCourseFilters(searchParams, listSemesters(courses));
  const filtered = hasCourseFilters(filters);
  const overview = arrangeCourses(filterCourses(courses, filters), now, locale);
  const options = courseFilterOptions(courses, filters);
  const count = overview.planned.length + overview.unplanned.length;
  const printable = currentSemesters(courses, now);

  return (
    <>
      <IgnoredFilters
        ignored={ignored}
        notice={t('ignoredNotice', { count: ignored.length })}
        describe={(value) => t('ignoredValue', { group: t(`filterGroups.${value.key as 'target'}`), value: value.value })}
      />
      <FilterForm
        id="course-filter"
        action={action}
        heading={t('filtersHeading')}
        lead={t('filtersLead')}
        submitLabel={t('apply')}
        clearLabel={t('clear')}
        hasFilters={filtered}
        groups={[
          {
            name: 'target',
            legend: t('filterGroups.target'),
            options: options.target.map((v) => ({ value: v, label: t(`audiences.${v}`), checked: filters.target.includes(v) })),
          },
          {
            name: 'theme',
            legend: t('filterGroups.theme'),
            options: options.theme.map((v) => ({ value: v, label: t(`themes.${v}`), checked: filters.theme.includes(v) })),
          },
          {
            name: 'format',
            legend: t('filterGroups.format'),
            options: options.format.map((v) => ({ value: v, label: t(`formats.${v}`), checked: filters.format.includes(v) })),
          },
          {
            name: 'period',
            legend: t('filterGroups.period'),
            options: options.period.map((v) => ({ value: v, label: text.semesterTitle(v), checked: filters.period.includes(v) })),
          },
        ]}
      />

      <p className="result-count" id="course-count">
        {filtered ? t('resultCount', { count }) : t('resultCountAll', { count })}
      </p>
      {count === 0 && (
        <p>
          {t('noResults')} <a href={action}>{t('clear')}</a>
        </p>
      )}

      {overview.planned.length > 0 && (
        <section aria-labelledby="planned-heading">
          <h2 id="planned-heading">{t('plannedHeading')}</h2>
          <ul className="unstyled-list course-list">
            {overview.planned.map(({ course, upcomingRuns }) => (
              <CourseCard key={course.slug} course={course} runs={upcomingRuns} locale={locale} now={now} text={text} />
            ))}
          </ul>
        </section>
      )}

      {overview.unplanned.length > 0 && (
        <section aria-labelledby="unplanned-heading">
          <h2 id="unplanned-heading">{t('unplannedHeading')}</h2>
          <p>{t('unplannedLead')}</p>
          <ul className="unstyled-list course-list">
            {overview.unplanned.map((course) => (
              <CourseCard key={course.slug} course={course} runs={[]} locale={locale} now={now} text={text} />
            ))}
          </ul>
        </section>
      )}

      {printable.length > 0 && (
        <section aria-labelledby="print-heading">
          <h2 id="print-heading">{t('printHeading')}</h2>
          <ul>
            {printable.map((semester) => (
              <li key={semester}>
                <a href={localizedPath(locale, `/kurser/katalog/${semester}`)}>{t('printLink', { semester: text.semester(semester) })}</a>
              </li>
            ))}
          </ul>
        </section>
      )}

      {overview.archive.length > 0 && (
        <section aria-labelledby="archive-heading">
          <h2 id="archive-heading">{t('archiveHeading')}</h2>
          <ul className="course-archive">
            {overview.archive.map(({ course, run }) => (
              <li key={`${course.slug}/${run.id}`}>
                <a href={localizedPath(locale, `/kurser/${course.slug}`)}>{course.title[locale]}</a>: {text.runDates(run)},{' '}
                {run.place[locale]}
                {run.example && ` (${t('example')})`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
