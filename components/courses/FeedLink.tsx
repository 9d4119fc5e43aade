import { useTranslations } from 'next-intl';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';

/** The feed's <link rel="alternate">, as an element: next/head takes only elements, not components. */
export function feedLink(locale: Locale, title: string) {
  return <link rel="alternate" type="application/atom+xml" href={localizedPath(locale, '/feed.xml')} title={title} key="feed" />;
}

/**
 * The feed's link for the document head. React 19 moves a <link> rendered anywhere into <head>, so
 * the layout can render this once.
 */
export function FeedLink({ locale }: { locale: Locale }) {
  const t = useTranslations('Courses');
  return feedLink(locale, t('feed.title'));
}
