import './courses.css';
import type { Course } from '@/lib/content/courses';
import { nextCourses } from '@/lib/courses/schedule';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';
import { CourseCard } from './CourseCard';
import { courseText } from './text';

interface NextCoursesProps {
  courses: readonly Course[];
  locale: Locale;
  now: Date;
  limit?: number;
}

/**
 * The next few courses with dates, for the front page. A page that shows it
 * should revalidate (e.g. hourly), or past runs stay on it until the next build.
 */
export async function NextCourses({ courses, locale, now, limit = 3 }: NextCoursesProps) {
  const text = await courseText(locale);
  const { t } = text;
  const planned = nextCourses(courses, now, locale, limit);
  return (
    <section aria-labelledby="next-courses-heading" className="next-courses">
      <h2 id="next-courses-heading">{t('next.heading')}</h2>
      {planned.length === 0 ? (
        <p>{t('next.none')}</p>
      ) : (
        <ul className="unstyled-list course-list">
          {planned.map(({ course, upcomingRuns }) => (
            <CourseCard key={course.slug} course={course} runs={upcomingRuns.slice(0, 1)} locale={locale} now={now} text={text} />
          ))}
        </ul>
      )}
      <p>
        <a href={localizedPath(locale, '/kurser')}>{t('allCourses')}</a>
      </p>
    </section>
  );
}
