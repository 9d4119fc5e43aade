import '@/components/courses/courses.css';
import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { CoursePage } from '@/components/courses/CoursePage';
import { PageBody } from '@/components/layout/PageBody';
import { getContent } from '@/lib/content';
import { loadAvailability } from '@/lib/forms/registration-service';
import { courseWithPublications } from '@/lib/content/related';
import { currentTime } from '@/lib/courses/clock';
import { type AppLocale } from '@/lib/i18n/routing';
import { entryMetadata } from '@/lib/navigation/metadata';

export const dynamicParams = false;
// Prerendered once: the split into coming and past runs is as of the build (rebuild daily, or when
// a catalogue is added). No revalidation, because the page's CSP names its inline scripts by hash.

export function generateStaticParams() {
  return getContent().courses.map((course) => ({ slug: course.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/kurser/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const found = courseWithPublications(getContent(), slug);
  return found ? entryMetadata(getContent().pages, locale as AppLocale, `/kurser/${slug}`, found.course) : {};
}

export default async function CourseRoute({ params }: PageProps<'/[locale]/kurser/[slug]'>) {
  const { locale: rawLocale, slug } = await params;
  const locale = rawLocale as AppLocale;
  setRequestLocale(locale);
  const found = courseWithPublications(getContent(), slug);
  if (!found) notFound();
  return (
    <PageBody locale={locale} path={`/kurser/${slug}`} crumb={found.course.title[locale]}>
      <CoursePage
        course={found.course}
        publications={found.publications}
        locale={locale}
        now={currentTime()}
        availability={await loadAvailability(found.course)}
      />
    </PageBody>
  );
}
