import '@/components/courses/courses.css';
import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { CoursePage } from '@/components/courses/CoursePage';
import { PageBody } from '@/components/layout/PageBody';
import { getContent } from '@/lib/content';
import { currentTime } from '@/lib/courses/clock';
import { type AppLocale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/navigation/metadata';

export const dynamicParams = false;
// Prerendered once: the split into coming and past runs is as of the build (rebuild daily, or when
// a catalogue is added). No revalidation, because the page's CSP names its inline scripts by hash.

export function generateStaticParams() {
  return getContent().courses.map((course) => ({ slug: course.slug }));
}

function load(slug: string) {
  const content = getContent();
  const course = content.courses.find((candidate) => candidate.slug === slug);
  if (!course) return undefined;
  const publications = content.publications.filter(
    (publication) => course.publications.includes(publication.slug) || publication.courses.includes(course.slug),
  );
  return { course, publications };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/kurser/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const found = load(slug);
  if (!found) return {};
  const { course } = found;
  return pageMetadata(getContent().pages, locale as AppLocale, `/kurser/${slug}`, {
    title: course.title[locale as AppLocale],
    description: course.summary[locale as AppLocale],
  });
}

export default async function CourseRoute({ params }: PageProps<'/[locale]/kurser/[slug]'>) {
  const { locale: rawLocale, slug } = await params;
  const locale = rawLocale as AppLocale;
  setRequestLocale(locale);
  const found = load(slug);
  if (!found) notFound();
  return (
    <PageBody locale={locale} path={`/kurser/${slug}`} crumb={found.course.title[locale]}>
      <CoursePage course={found.course} publications={found.publications} locale={locale} now={currentTime()} />
    </PageBody>
  );
}
