import { getTranslations } from 'next-intl/server';
import type { Course } from '@/lib/content/courses';
import { formatLongDate } from '@/lib/courses/time';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/site/config';
import { CourseFacts } from './CourseFacts';
import { RunDetails } from './RunDetails';
import { TextBlocks } from './TextBlocks';
import { courseText } from './text';

interface PrintCatalogueProps {
  semester: string;
  /** The catalogue's courses, each with only this catalogue's runs. */
  courses: readonly Course[];
  locale: Locale;
  now: Date;
}

/**
 * The half-yearly catalogue as one page made for paper: a cover with the date
 * it was printed and the contents, then one course per A4 page (courses.css).
 */
export async function PrintCatalogue({ semester, courses, locale, now }: PrintCatalogueProps) {
  const text = await courseText(locale);
  const { t } = text;
  const layout = await getTranslations({ locale, namespace: 'Layout' });
  return (
    <div className="course-catalogue">
      <div className="catalogue-cover">
        <p className="catalogue-publisher">{layout('siteName')}</p>
        <h1>{t('catalogue.title', { semester: text.semester(semester) })}</h1>
        <p className="catalogue-date">{t('catalogue.printed', { date: formatLongDate(now, locale) })}</p>
        <p className="screen-only">{t('catalogue.howTo')}</p>
        <h2>{t('catalogue.contents')}</h2>
        <ol>
          {courses.map((course) => (
            <li key={course.slug}>
              <a href={`#kursus-${course.slug}`}>{course.title[locale]}</a>, {course.runs.map((run) => text.runDates(run)).join('; ')}
            </li>
          ))}
        </ol>
      </div>
      {courses.map((course) => (
        <article
          key={course.slug}
          id={`kursus-${course.slug}`}
          className="catalogue-course"
          aria-labelledby={`kursus-${course.slug}-heading`}
        >
          <h2 id={`kursus-${course.slug}-heading`}>{course.title[locale]}</h2>
          <p className="font-lead">{course.summary[locale]}</p>
          {course.description && <TextBlocks text={course.description[locale]} />}
          <CourseFacts course={course} locale={locale} text={text} headingLevel={3} />
          <h3>{course.kind === 'event' ? t('runsHeadingEvent') : t('runsHeading')}</h3>
          {course.runs.map((run) => (
            <RunDetails key={run.id} course={course} run={run} locale={locale} now={now} text={text} headingLevel={4} forPrint />
          ))}
          <p className="catalogue-url">{new URL(localizedPath(locale, `/kurser/${course.slug}`), siteUrl).href}</p>
        </article>
      ))}
    </div>
  );
}
