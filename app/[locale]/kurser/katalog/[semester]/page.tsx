import '@/components/courses/courses.css';
import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PrintCatalogue } from '@/components/courses/PrintCatalogue';
import { PageBody } from '@/components/layout/PageBody';
import { getContent } from '@/lib/content';
import { listSemesters, semesterParts } from '@/lib/courses/catalogue';
import { currentTime } from '@/lib/courses/clock';
import { printedCatalogue } from '@/lib/courses/page-data';
import { localeParams } from '@/lib/i18n/params';
import { type Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/navigation/metadata';

// The date on the paper and the runs still open follow the day: rendered again hourly
// (lib/site/routes.mjs). Unknown semesters match no route and get the 404 page.
export const revalidate = 3600;
export const dynamicParams = false;

export function generateStaticParams() {
  return listSemesters(getContent().courses).map((semester) => ({ semester }));
}

async function title(locale: Locale, semester: string): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'Courses' });
  const { year, season } = semesterParts(semester);
  return t('catalogue.title', { semester: t(`season.${season}`, { year }) });
}

export async function generateMetadata({ params }: PageProps<'/[locale]/kurser/katalog/[semester]'>): Promise<Metadata> {
  const { locale, semester } = await localeParams(params);
  if (!printedCatalogue(semester)) return {};
  const heading = await title(locale, semester);
  return pageMetadata(getContent().pages, locale, `/kurser/katalog/${semester}`, { title: heading, description: heading });
}

export default async function CatalogueRoute({ params }: PageProps<'/[locale]/kurser/katalog/[semester]'>) {
  const { locale, semester } = await localeParams(params);
  setRequestLocale(locale);
  const courses = printedCatalogue(semester);
  if (!courses) notFound();
  return (
    <PageBody locale={locale} path={`/kurser/katalog/${semester}`} crumb={await title(locale, semester)}>
      <PrintCatalogue semester={semester} courses={courses} locale={locale} now={currentTime()} />
    </PageBody>
  );
}
