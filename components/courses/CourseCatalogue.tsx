import { getTranslations } from 'next-intl/server';
import { FilteredList } from '@/components/filters/FilteredList';
import { type Course } from '@/lib/content';
import type { Run } from '@/lib/content/schemas/course';
import { type CourseCatalogueData } from '@/lib/courses/page-data';
import { type RunAvailability } from '@/lib/forms/registration-service';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';
import { CourseCard } from './CourseCard';
import { courseText } from './text';

interface CourseCatalogueProps {
  catalogue: CourseCatalogueData;
  locale: Locale;
  now: Date;
  /** Seats of the runs with a registration form, by `<course>/<run>` (lib/forms/registration-service.ts). */
  availability?: ReadonlyMap<string, RunAvailability>;
}

/** The filterable list on /kurser: form, count, courses by next date, those without dates, print links, archive. */
export async function CourseCatalogue({ catalogue, locale, now, availability }: CourseCatalogueProps) {
  const text = await courseText(locale);
  const seatWords = await getTranslations({ locale, namespace: 'Registration.availability' });
  const seatsOf = (course: Course) => (run: Run) => {
    const state = availability?.get(`${course.slug}/${run.id}`);
    return state && seatWords(state);
  };
  const { t } = text;
  const { overview, printable } = catalogue;
  return (
    <FilteredList
      id="course-filter"
      action={localizedPath(locale, '/kurser')}
      t={t}
      selection={catalogue}
      count={catalogue.count}
      facets={{
        target: { legend: t('filterGroups.target'), label: (value) => t(`audiences.${value}`) },
        theme: { legend: t('filterGroups.theme'), label: (value) => t(`themes.${value}`) },
        format: { legend: t('filterGroups.format'), label: (value) => t(`formats.${value}`) },
        period: { legend: t('filterGroups.period'), label: (value) => text.semesterTitle(value) },
      }}
    >
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
    </FilteredList>
  );
}
