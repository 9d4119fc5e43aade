import '@/components/courses/courses.css';
import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { PageText } from '@/components/content/PageContent';
import { RelatedPages } from '@/components/content/RelatedPages';
import { PageBody } from '@/components/layout/PageBody';
import { PublicationLibrary } from '@/components/library/PublicationLibrary';
import { getContent } from '@/lib/content';
import { type AppLocale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/navigation/metadata';
import { findPage } from '@/lib/navigation/site-tree';

// The filters come from the address, so the list is made per request.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/viden'>): Promise<Metadata> {
  const locale = (await params).locale as AppLocale;
  const { pages } = getContent();
  const page = findPage(pages, locale, '/viden');
  return page ? pageMetadata(pages, locale, '/viden', page) : {};
}

export default async function LibraryRoute({ params, searchParams }: PageProps<'/[locale]/viden'>) {
  const locale = (await params).locale as AppLocale;
  setRequestLocale(locale);
  const content = getContent();
  const page = findPage(content.pages, locale, '/viden');
  if (!page) notFound();
  return (
    <PageBody locale={locale} path="/viden" crumb={page.nav?.label ?? page.title}>
      <PageText page={page} />
      <PublicationLibrary publications={content.publications} searchParams={await searchParams} locale={locale} />
      <RelatedPages locale={locale} paths={page.related} />
    </PageBody>
  );
}
