import type { Course } from '@/lib/content/courses';
import { type Locale } from '@/lib/i18n/routing';
import { FactList } from './FactList';
import { type CourseText } from './text';

/** The course's key facts as a description list; facts not published are left out. */
export function CourseFacts({
  course,
  locale,
  text,
  headingLevel = 2,
}: {
  course: Course;
  locale: Locale;
  text: CourseText;
  headingLevel?: 2 | 3;
}) {
  const { t } = text;
  const rows: [string, string][] = [
    [t('facts.targetGroups'), course.targetGroups.map((group) => t(`audiences.${group}`)).join(', ')],
    [t('facts.themes'), course.themes.map((theme) => t(`themes.${theme}`)).join(', ')],
  ];
  if (course.format) rows.push([t('facts.format'), t(`formats.${course.format}`)]);
  if (course.duration) rows.push([t('facts.duration'), course.duration[locale]]);
  rows.push([t('facts.organisers'), course.organisers.join(', ')]);
  if (course.partners.length > 0) rows.push([t('facts.partners'), course.partners.join(', ')]);
  if (course.price !== undefined)
    rows.push([t('facts.price'), course.price === 0 ? t('facts.free') : t('facts.priceValue', { price: course.price })]);
  return (
    <FactList
      id={`facts-${course.slug}`}
      heading={course.kind === 'event' ? t('facts.headingEvent') : t('facts.heading')}
      rows={rows}
      headingLevel={headingLevel}
    />
  );
}
