import { getTranslations } from 'next-intl/server';
import { FilterControls, filterText } from '@/components/filters/FilterControls';
import type { Course } from '@/lib/content/courses';
import type { Run } from '@/lib/content/schemas/course';
import { type RunAvailability } from '@/lib/forms/registration-service';
import { currentSemesters, listSemesters } from '@/lib/courses/catalogue';
import { courseFilterOptions, filterCourses, hasCourseFilters, parseCourseFilters } from '@/lib/courses/filters';
import { arrangeCourses } from '@/lib/courses/schedule';
import { type SearchParamsInput } from '@/lib/filters/params';
import { localizedPath } from '@/lib/i18n/paths';
import { type AppLocale } from '@/lib/i18n/routing';
import { CourseCard } from './CourseCard';
import { courseText } from './text';

interface CourseCatalogueProps {
  courses: readonly Course[];
  searchParams: SearchParamsInput;
  locale: AppLocale;
  now: Date;
  /** Seats of the runs with a registration form, by `<course>/<run>` (lib/forms/registration-service.ts). */
  availability?: ReadonlyMap<string, RunAvailability>;
}

/** The filterable list on /kurser: form, count, courses by next date, those without dates, print links, archive. */
export async function CourseCatalogue({ courses, searchParams, locale, now, availability }: CourseCatalogueProps) {
  const text = await courseText(locale);
  const seatWords = await getTranslations({ locale, namespace: 'Registration.availability' });
  const seatsOf = (course: Course) => (run: Run) => {
    const state = availability?.get(`${course.slug}/${run.id}`);
    return state && seatWords(state);
  };
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
      <FilterControls
        id="course-filter"
        action={action}
        ignored={ignored}
        hasFilters={filtered}
        text={filterText(t, ignored.length)}
        choices={[
          {
            name: 'target',
            legend: t('filterGroups.target'),
            values: options.target,
            chosen: filters.target,
            label: (v) => t(`audiences.${v as (typeof options.target)[number]}`),
          },
          {
            name: 'theme',
            legend: t('filterGroups.theme'),
            values: options.theme,
            chosen: filters.theme,
            label: (v) => t(`themes.${v as (typeof options.theme)[number]}`),
          },
          {
            name: 'format',
            legend: t('filterGroups.format'),
            values: options.format,
            chosen: filters.format,
            label: (v) => t(`formats.${v as (typeof options.format)[number]}`),
          },
          {
            name: 'period',
            legend: t('filterGroups.period'),
            values: options.period,
            chosen: filters.period,
            label: (v) => text.semesterTitle(v),
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
              <CourseCard
                key={course.slug}
                course={course}
                runs={upcomingRuns}
                locale={locale}
                now={now}
                text={text}
                seats={seatsOf(course)}
              />
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
