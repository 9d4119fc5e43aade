import { getTranslations } from 'next-intl/server';
import { PageText } from '@/components/content/PageContent';
import { NextCourses } from '@/components/courses/NextCourses';
import { getContent, type Page } from '@/lib/content';
import { currentTime } from '@/lib/courses/clock';
import { localizedPath } from '@/lib/i18n/paths';
import { sectionNavigation } from '@/lib/navigation/site-tree';

const doors = [
  { path: '/bekymring', key: 'worried' },
  { path: '/for-fagpersoner', key: 'professionals' },
  { path: '/for-kommuner', key: 'municipalities' },
] as const;

/** Three doors for the three kinds of visitor, the centre's activities and the next courses. */
export async function FrontPage({ page }: { page: Page }) {
  const t = await getTranslations('Front');
  const { pages } = getContent();
  const activities = sectionNavigation(pages, page.locale, '/indsatser').slice(1);
  return (
    <>
      <PageText page={page} />
      <section aria-labelledby="doors-heading">
        <h2 id="doors-heading">{t('doorsHeading')}</h2>
        <ul className="doors unstyled-list">
          {doors.map((door) => (
            <li key={door.key} className="door">
              <a href={localizedPath(page.locale, door.path)}>{t(`doors.${door.key}.title`)}</a>
              <p>{t(`doors.${door.key}.text`)}</p>
            </li>
          ))}
        </ul>
      </section>
      {activities.length > 0 && (
        <section aria-labelledby="activities-heading">
          <h2 id="activities-heading">{t('activitiesHeading')}</h2>
          <ul className="activity-list">
            {activities.map((item) => (
              <li key={item.path}>
                <a href={localizedPath(page.locale, item.path)}>{item.label}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <NextCourses courses={getContent().courses} locale={page.locale} now={currentTime()} />
    </>
  );
}
