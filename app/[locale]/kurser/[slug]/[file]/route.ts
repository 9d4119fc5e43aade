import { getTranslations } from 'next-intl/server';
import { runCalendar } from '@/lib/courses/ics';
import { runCalendarParams, runOfCalendarFile } from '@/lib/courses/page-data';
import { runAnchor } from '@/lib/feed/entries';
import { localizedPath } from '@/lib/i18n/paths';
import { localeParams } from '@/lib/i18n/params';
import { routing } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/site/config';

// One calendar file per run, `/kurser/<course>/<run>.ics`, written at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

// A route handler gets no locales from the layout: it lists every parameter itself.
export function generateStaticParams() {
  return routing.locales.flatMap((locale) => runCalendarParams().map((params) => ({ locale, ...params })));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/kurser/[slug]/[file]'>) {
  const { locale, slug, file } = await localeParams(params);
  const found = runOfCalendarFile(slug, file);
  if (!found) return new Response('Not found', { status: 404 });
  const { course, run } = found;

  const t = await getTranslations({ locale, namespace: 'Courses' });
  const page = new URL(localizedPath(locale, `/kurser/${slug}`), siteUrl).href;
  const description = [course.summary[locale], run.example ? t('exampleNote') : undefined, run.note?.[locale], page]
    .filter(Boolean)
    .join('\n\n');
  const calendar = runCalendar({
    uid: `${siteUrl.hostname}/kurser/${slug}/${run.id}`,
    title: course.title[locale],
    description,
    location: run.place[locale],
    url: `${page}#${runAnchor(run)}`,
    sessions: run.sessions,
    cancelled: run.status === 'cancelled',
  });
  return new Response(calendar, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${slug}-${run.id}.ics"`,
    },
  });
}
