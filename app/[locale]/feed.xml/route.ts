import { getTranslations } from 'next-intl/server';
import { runEnd, runStart } from '@/lib/courses/schedule';
import { formatDateRange } from '@/lib/courses/time';
import { atomFeed } from '@/lib/feed/atom';
import { type FeedEntry, siteFeedEntries } from '@/lib/feed/entries';
import { localizedPath } from '@/lib/i18n/paths';
import { localeParams } from '@/lib/i18n/params';
import { routing } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/site/config';

// /feed.xml (Danish, through the root rewrite) and /en/feed.xml, written at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

// A route handler gets no locales from the layout: it lists its own.
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/feed.xml'>) {
  const { locale } = await localeParams(params);
  const t = await getTranslations({ locale, namespace: 'Courses' });
  const layout = await getTranslations({ locale, namespace: 'Layout' });
  const absolute = (path: string) => new URL(localizedPath(locale, path), siteUrl).href;

  const title = (entry: FeedEntry): string => {
    if (entry.kind === 'publication') return t('feed.newPublication', { title: entry.publication.title[locale] });
    const name = entry.course.title[locale];
    if (entry.kind === 'run') {
      return t('feed.newRun', { title: name, dates: formatDateRange(runStart(entry.run), runEnd(entry.run), locale) });
    }
    return entry.course.kind === 'event' ? t('feed.newEvent', { title: name }) : t('feed.newCourse', { title: name });
  };
  const summary = (entry: FeedEntry): string => {
    if (entry.kind === 'publication') return entry.publication.summary[locale];
    const note = entry.kind === 'run' && entry.run.example ? ` ${t('exampleNote')}` : '';
    return entry.course.summary[locale] + note;
  };

  const xml = atomFeed({
    title: t('feed.title'),
    subtitle: t('feed.subtitle'),
    language: locale,
    home: absolute('/'),
    self: absolute('/feed.xml'),
    author: layout('siteName'),
    items: siteFeedEntries().map((entry) => ({
      link: absolute(entry.path),
      title: title(entry),
      summary: summary(entry),
      date: entry.date,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
