import { getTranslations } from 'next-intl/server';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';

/**
 * The feed's <link rel="alternate"> for the document head. React 19 moves a
 * <link> rendered anywhere into <head>, so the layout can render this once.
 */
export async function FeedLink({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Courses' });
  return <link rel="alternate" type="application/atom+xml" href={localizedPath(locale, '/feed.xml')} title={t('feed.title')} />;
}
