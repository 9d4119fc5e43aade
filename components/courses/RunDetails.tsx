import { type ReactNode } from 'react';
import type { Course } from '@/lib/content/courses';
import type { Run } from '@/lib/content/schemas/course';
import { formatCalendarDate } from '@/lib/courses/time';
import { runAnchor } from '@/lib/feed/entries';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';
import { RunStatus } from './RunStatus';
import { SessionsFact } from './SessionsFact';
import { type CourseText } from './text';

interface RunDetailsProps {
  course: Course;
  run: Run;
  locale: Locale;
  now: Date;
  text: CourseText;
  headingLevel: 3 | 4;
  /** On paper a link cannot be clicked: print its address, and leave out the calendar file. */
  forPrint?: boolean;
  /** Seats and the portal's registration link (components/registration), when the run has them. */
  registration?: ReactNode;
}

/** Everything about one run: dates and times, place, seats, deadline, how to sign up, status. */
export function RunDetails({ course, run, locale, now, text, headingLevel, forPrint = false, registration }: RunDetailsProps) {
  const { t } = text;
  const Heading = `h${headingLevel}` as const;
  const anchor = runAnchor(run);
  const place = run.place[locale];
  const dates = text.runDates(run);
  return (
    <section id={forPrint ? undefined : anchor} className="run" aria-labelledby={`${anchor}-${course.slug}-heading`}>
      <Heading id={`${anchor}-${course.slug}-heading`}>{t('run.heading', { dates, place })}</Heading>
      <RunStatus run={run} now={now} text={text} />
      {run.example && <p className="run-example-note">{t('exampleNote')}</p>}
      {run.note && <p>{run.note[locale]}</p>}
      {registration}
      <dl className="run-facts">
        <SessionsFact run={run} text={text} />
        <div>
          <dt>{t('run.place')}</dt>
          <dd>{place}</dd>
        </div>
        {run.capacity !== undefined && (
          <div>
            <dt>{t('run.capacity')}</dt>
            <dd>{t('run.capacityValue', { count: run.capacity })}</dd>
          </div>
        )}
        <div>
          <dt>{t('run.deadline')}</dt>
          <dd>{formatCalendarDate(run.registrationDeadline, locale)}</dd>
        </div>
        {run.registration && (
          <div>
            <dt>{t('run.register')}</dt>
            <dd>
              {'url' in run.registration ? (
                <a href={run.registration.url}>{forPrint ? run.registration.url : t('run.registerLink')}</a>
              ) : (
                <a href={`mailto:${run.registration.email}`}>{run.registration.email}</a>
              )}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('run.catalogue')}</dt>
          <dd>{text.semesterTitle(run.catalogue)}</dd>
        </div>
      </dl>
      {!forPrint && run.status !== 'cancelled' && (
        <p className="run-calendar">
          <a className="button button-secondary" href={localizedPath(locale, `/kurser/${course.slug}/${run.id}.ics`)} download>
            {t('addToCalendar')}
            <span className="sr-only"> ({t('addToCalendarContext', { dates, place })})</span>
          </a>
          <span className="run-calendar-note">{t('calendarFileNote')}</span>
        </p>
      )}
    </section>
  );
}
