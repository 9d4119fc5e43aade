import { EntryLinks } from '@/components/content/EntryLinks';
import type { Course } from '@/lib/content/courses';
import type { Publication } from '@/lib/content/publications';
import { courseJsonLd, serializeJsonLd } from '@/lib/courses/jsonld';
import { isArchived } from '@/lib/courses/schedule';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';
import { RunRegistration } from '@/components/registration/RunRegistration';
import { type RunAvailability } from '@/lib/forms/registration-service';
import { siteUrl } from '@/lib/site/config';
import { CourseFacts } from './CourseFacts';
import { RunDetails } from './RunDetails';
import { TextBlocks } from './TextBlocks';
import { courseText } from './text';

interface CoursePageProps {
  course: Course;
  /** Publications the course names, and those that name the course. */
  publications: readonly Publication[];
  locale: Locale;
  now: Date;
  /** Seats of the runs by run id, from the registration database. */
  availability?: ReadonlyMap<string, RunAvailability>;
}

/** Everything about one course: description, facts, every run with its status, related knowledge. */
export async function CoursePage({ course, publications, locale, now, availability }: CoursePageProps) {
  const text = await courseText(locale);
  const { t } = text;
  const upcoming = course.runs.filter((run) => !isArchived(run, now));
  const past = course.runs.filter((run) => isArchived(run, now)).reverse();
  const jsonLd = courseJsonLd(course, locale, { page: new URL(localizedPath(locale, `/kurser/${course.slug}`), siteUrl).href });

  return (
    <article className="course-page">
      <h1>{course.title[locale]}</h1>
      {course.kind === 'event' && <p className="run-badge">{t('event')}</p>}
      <p className="font-lead">{course.summary[locale]}</p>
      {course.description && (
        <div className="page-text">
          <TextBlocks text={course.description[locale]} />
        </div>
      )}
      <CourseFacts course={course} locale={locale} text={text} />

      <section aria-labelledby="runs-heading">
        <h2 id="runs-heading">{course.kind === 'event' ? t('runsHeadingEvent') : t('runsHeading')}</h2>
        {upcoming.length === 0 ? (
          <>
            <p>{t('noRuns')}</p>
            <p>{t.rich('noRunsContact', { link: (chunks) => <a href="https://us.dk">{chunks}</a> })}</p>
          </>
        ) : (
          upcoming.map((run) => (
            <RunDetails
              key={run.id}
              course={course}
              run={run}
              locale={locale}
              now={now}
              text={text}
              headingLevel={3}
              registration={
                <RunRegistration
                  course={course}
                  run={run}
                  locale={locale}
                  now={now}
                  availability={availability?.get(run.id)}
                  runName={t('run.heading', { dates: text.runDates(run), place: run.place[locale] })}
                />
              }
            />
          ))
        )}
      </section>

      {past.length > 0 && (
        <section aria-labelledby="past-runs-heading">
          <h2 id="past-runs-heading">{t('pastRunsHeading')}</h2>
          <ul>
            {past.map((run) => (
              <li key={run.id}>
                {text.runDates(run)}, {run.place[locale]}
                {run.example && ` (${t('example')})`}
              </li>
            ))}
          </ul>
        </section>
      )}

      <EntryLinks
        id="related-publications-heading"
        heading={t('relatedPublications')}
        basePath="/viden"
        entries={publications}
        locale={locale}
      />

      <p>
        <a href={localizedPath(locale, '/kurser')}>{t('allCourses')}</a>
      </p>
      {jsonLd && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />}
    </article>
  );
}
