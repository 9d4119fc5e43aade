import { getTranslations } from 'next-intl/server';
import { SessionsFact } from '@/components/courses/SessionsFact';
import { courseText } from '@/components/courses/text';
import type { Course } from '@/lib/content/courses';
import type { Run } from '@/lib/content/schemas/course';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';

/** Which run the page is about: its dates, sessions and place, with a way back to the course. */
export async function RunSummary({ course, run, locale }: { course: Course; run: Run; locale: Locale }) {
  const text = await courseText(locale);
  const t = await getTranslations('Registration');
  return (
    <div className="registration-run">
      <dl className="run-facts">
        <div>
          <dt>{t('runLabel')}</dt>
          <dd>{text.t('run.heading', { dates: text.runDates(run), place: run.place[locale] })}</dd>
        </div>
        <SessionsFact run={run} text={text} />
      </dl>
      <p>
        <a href={localizedPath(locale, `/kurser/${course.slug}`)}>{t('backToCourse')}</a>
      </p>
    </div>
  );
}
