import type { Course } from '@/lib/content/courses';
import type { Run } from '@/lib/content/schemas/course';
import { runAnchor } from '@/lib/feed/entries';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';
import { RunStatus } from './RunStatus';
import { type CourseText } from './text';

interface CourseCardProps {
  course: Course;
  /** The runs to list under the course (those still ahead, or none). */
  runs: readonly Run[];
  locale: Locale;
  now: Date;
  text: CourseText;
  /** Seats of a run in words ("Få pladser"), when the portal takes its registrations. */
  seats?: (run: Run) => string | undefined;
}

/** One course in the list on /kurser: title, summary, kind and format, and its coming runs. */
export function CourseCard({ course, runs, locale, now, text, seats }: CourseCardProps) {
  const { t } = text;
  const href = localizedPath(locale, `/kurser/${course.slug}`);
  const meta = [
    course.kind === 'event' ? t('event') : undefined,
    course.format ? t(`formats.${course.format}`) : undefined,
    course.duration?.[locale],
  ].filter((part) => part !== undefined);
  return (
    <li className="course-card">
      <h3 className="h4">
        <a href={href}>{course.title[locale]}</a>
      </h3>
      <p>{course.summary[locale]}</p>
      {meta.length > 0 && <p className="course-card-meta">{meta.join(' · ')}</p>}
      {runs.length > 0 && (
        <ul className="course-card-runs">
          {runs.map((run) => (
            <li key={run.id}>
              <a href={`${href}#${runAnchor(run)}`}>{text.runDates(run)}</a>
              {', '}
              {run.place[locale]}
              {run.sessions.length > 1 && ` (${t('sessionCount', { count: run.sessions.length })})`}{' '}
              <RunStatus run={run} now={now} text={text} />
              {seats?.(run) && <span className="run-badge run-availability"> {seats(run)}</span>}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
