import { getTranslations } from 'next-intl/server';
import type { Run, Session } from '@/lib/content/schemas/course';
import { semesterParts } from '@/lib/courses/catalogue';
import { runEnd, runStart, sessionTimes } from '@/lib/courses/schedule';
import { formatClock, formatDateRange, formatLongDate } from '@/lib/courses/time';
import { type Locale } from '@/lib/i18n/routing';

/** The course strings of a locale plus the date wording every course component shares. */
export async function courseText(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'Courses' });
  return {
    t,
    /** "foråret 2027", for running text. */
    semester(semester: string): string {
      const { year, season } = semesterParts(semester);
      return t(`season.${season}`, { year });
    },
    /** "Forår 2027", for headings. */
    semesterTitle(semester: string): string {
      const { year, season } = semesterParts(semester);
      return t(`seasonTitle.${season}`, { year });
    },
    /** "23. marts – 6. april 2027". */
    runDates(run: Run): string {
      return formatDateRange(runStart(run), runEnd(run), locale);
    },
    /** "tirsdag den 23. marts 2027 kl. 09.00–16.00". */
    session(session: Session): string {
      const { start, end } = sessionTimes(session);
      return t('run.session', { date: formatLongDate(start, locale), from: formatClock(start, locale), to: formatClock(end, locale) });
    },
  };
}

export type CourseText = Awaited<ReturnType<typeof courseText>>;
