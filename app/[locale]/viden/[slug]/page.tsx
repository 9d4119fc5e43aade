import '@/components/courses/courses.css';
import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { PageBody } from '@/components/layout/PageBody';
import { PublicationPage } from '@/components/library/PublicationPage';
import { getContent } from '@/lib/content';
import { publicationWithCourses } from '@/lib/content/related';
import { type AppLocale } from '@/lib/i18n/routing';
import { entryMetadata } from '@/lib/navigation/metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().publications.map((publication) => ({ slug: publication.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/viden/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const found = publicationWithCourses(getContent(), slug);
  return found ? entryMetadata(getContent().pages, locale as AppLocale, `/viden/${slug}`, found.publication) : {};
}

export default async function PublicationRoute({ params }: PageProps<'/[locale]/viden/[slug]'>) {
  const { locale: rawLocale, slug } = await params;
  const locale = rawLocale as AppLocale;
  setRequestLocale(locale);
  const found = publicationWithCourses(getContent(), slug);
  if (!found) notFound();
  return (
    <PageBody locale={locale} path={`/viden/${slug}`} crumb={found.publication.title[locale]}>
      <PublicationPage publication={found.publication} courses={found.courses} locale={locale} />
    </PageBody>
  );
}
