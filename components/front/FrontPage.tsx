import { getTranslations } from 'next-intl/server';
import { HotlineDetails } from '@/components/layout/HotlineDetails';
import { NextCourses } from '@/components/courses/NextCourses';
import { mdxComponents } from '@/components/mdx/components';
import { type Course, type Page } from '@/lib/content';
import { loadPageBody } from '@/lib/content/mdx';
import { localizedPath } from '@/lib/i18n/paths';
import { type HotlineSummary } from '@/lib/navigation/frame';
import { type NavItem } from '@/lib/navigation/site-tree';

const doors = [
  { path: '/bekymring', key: 'worried' },
  { path: '/for-fagpersoner', key: 'professionals' },
  { path: '/for-kommuner', key: 'municipalities' },
] as const;

/** The pages a worried person looks for first (issue 14); their text lives in content/pages. */
export const GOOD_TO_KNOW = [
  { path: '/tegn-paa-bekymring', key: 'signs' },
  { path: '/hvad-sker-der', key: 'whatHappens' },
  { path: '/hvad-er-ekstremisme', key: 'definitions' },
] as const;

interface FrontPageProps {
  page: Page;
  /** The centre's activities (the pages under /indsatser). */
  activities: NavItem[];
  courses: readonly Course[];
  hotline?: HotlineSummary;
  now: Date;
}

/**
 * The front page: its own heading (the header already names the centre), the
 * introduction beside the hotline, three doors for the three kinds of
 * visitor, then what is good to know, the activities and the next courses.
 */
export async function FrontPage({ page, activities, courses, hotline, now }: FrontPageProps) {
  const t = await getTranslations('Front');
  const frame = await getTranslations('Frame');
  const Body = await loadPageBody(page);
  const href = (path: string) => localizedPath(page.locale, path);
  return (
    <>
      <div className="front-intro">
        <div className="front-lead">
          <h1>{frame('front.heading')}</h1>
          <div className="page-text">
            <Body components={mdxComponents(page)} />
          </div>
        </div>
        {hotline && (
          <section className="front-hotline" aria-labelledby="front-hotline-heading">
            <h2 id="front-hotline-heading" className="h3">
              {frame('front.hotlineHeading')}
            </h2>
            <p>{hotline.name}</p>
            <HotlineDetails hotline={hotline} phoneClassName="front-hotline-phone" />
          </section>
        )}
      </div>
      <section aria-labelledby="doors-heading">
        <h2 id="doors-heading">{t('doorsHeading')}</h2>
        <ul className="doors unstyled-list">
          {doors.map((door) => (
            <li key={door.key} className="door">
              <a href={href(door.path)}>{t(`doors.${door.key}.title`)}</a>
              <p>{t(`doors.${door.key}.text`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <div className="front-columns">
        <section aria-labelledby="good-to-know-heading">
          <h2 id="good-to-know-heading">{frame('front.goodToKnowHeading')}</h2>
          <ul className="front-links unstyled-list">
            {GOOD_TO_KNOW.map((link) => (
              <li key={link.key}>
                <a href={href(link.path)}>{frame(`front.goodToKnow.${link.key}.title`)}</a>
                <p>{frame(`front.goodToKnow.${link.key}.text`)}</p>
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
                  <a href={href(item.path)}>{item.label}</a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <NextCourses courses={courses} locale={page.locale} now={now} />
    </>
  );
}
