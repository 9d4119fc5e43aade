import '@/components/courses/courses.css';
import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { PageBody } from '@/components/layout/PageBody';
import { PublicationPage } from '@/components/library/PublicationPage';
import { getContent } from '@/lib/content';
import { type AppLocale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/navigation/metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().publications.map((publication) => ({ slug: publication.slug }));
}

function load(slug: string) {
  const content = getContent();
  const publication = content.publications.find((candidate) => candidate.slug === slug);
  if (!publication) return undefined;
  const courses = content.courses.filter(
    (course) => publication.courses.includes(course.slug) || course.publications.includes(publication.slug),
  );
  return { publication, courses };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/viden/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const found = load(slug);
  if (!found) return {};
  return pageMetadata(getContent().pages, locale as AppLocale, `/viden/${slug}`, {
    title: found.publication.title[locale as AppLocale],
    description: found.publication.summary[locale as AppLocale],
  });
}

export default async function PublicationRoute({ params }: PageProps<'/[locale]/viden/[slug]'>) {
  const { locale: rawLocale, slug } = await params;
  const locale = rawLocale as AppLocale;
  setRequestLocale(locale);
  const found = load(slug);
  if (!found) notFound();
  return (
    <PageBody locale={locale} path={`/viden/${slug}`} crumb={found.publication.title[locale]}>
      <PublicationPage publication={found.publication} courses={found.courses} locale={locale} />
    </PageBody>
  );
}
