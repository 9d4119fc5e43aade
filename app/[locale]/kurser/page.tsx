import '@/components/courses/courses.css';
import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { PageText } from '@/components/content/PageContent';
import { RelatedPages } from '@/components/content/RelatedPages';
import { CourseCatalogue } from '@/components/courses/CourseCatalogue';
import { loadCatalogueAvailability } from '@/lib/forms/registration-service';
import { PageBody } from '@/components/layout/PageBody';
import { getContent } from '@/lib/content';
import { currentTime } from '@/lib/courses/clock';
import { type AppLocale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/navigation/metadata';
import { findPage } from '@/lib/navigation/site-tree';

// The filters come from the address, so the list is made per request (and the archive stays current).
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/kurser'>): Promise<Metadata> {
  const locale = (await params).locale as AppLocale;
  const { pages } = getContent();
  const page = findPage(pages, locale, '/kurser');
  return page ? pageMetadata(pages, locale, '/kurser', page) : {};
}

export default async function CoursesRoute({ params, searchParams }: PageProps<'/[locale]/kurser'>) {
  const locale = (await params).locale as AppLocale;
  setRequestLocale(locale);
  const content = getContent();
  const page = findPage(content.pages, locale, '/kurser');
  if (!page) notFound();
  return (
    <PageBody locale={locale} path="/kurser" crumb={page.nav?.label ?? page.title}>
      <PageText page={page} />
      <CourseCatalogue
        courses={content.courses}
        searchParams={await searchParams}
        locale={locale}
        now={currentTime()}
        availability={await loadCatalogueAvailability(content.courses)}
      />
      <RelatedPages locale={locale} paths={page.related} />
    </PageBody>
  );
}
