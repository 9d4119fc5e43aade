import { getTranslations } from 'next-intl/server';
import { getContent } from '@/lib/content';
import { runCalendar } from '@/lib/courses/ics';
import { runAnchor } from '@/lib/feed/entries';
import { localizedPath } from '@/lib/i18n/paths';
import { type AppLocale, routing } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/site/config';

// One calendar file per run, `/kurser/<course>/<run>.ics`, written at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

// A route handler gets no locales from the layout: it lists every parameter itself.
export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    getContent().courses.flatMap((course) => course.runs.map((run) => ({ locale, slug: course.slug, file: `${run.id}.ics` }))),
  );
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/kurser/[slug]/[file]'>) {
  const { locale: rawLocale, slug, file } = await params;
  const locale = rawLocale as AppLocale;
  const course = getContent().courses.find((candidate) => candidate.slug === slug);
  const run = course?.runs.find((candidate) => `${candidate.id}.ics` === file);
  if (!course || !run) return new Response('Not found', { status: 404 });

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
