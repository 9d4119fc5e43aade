import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { FrontPage } from '@/components/front/FrontPage';
import { PageBody } from '@/components/layout/PageBody';
import { getContent } from '@/lib/content';
import { currentTime } from '@/lib/courses/clock';
import { localeParams } from '@/lib/i18n/params';
import { hotlineSummary } from '@/lib/navigation/frame';
import { pageMetadata } from '@/lib/navigation/metadata';
import { findPage, sectionNavigation } from '@/lib/navigation/site-tree';
import { serializeJsonLd } from '@/lib/courses/jsonld';
import { siteUrl } from '@/lib/site/config';
import { organisationJsonLd } from '@/lib/site/organisation';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await localeParams(params);
  const { pages } = getContent();
  const page = findPage(pages, locale, '/');
  return page ? { ...pageMetadata(pages, locale, '/', page), title: { absolute: page.title } } : {};
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await localeParams(params);
  setRequestLocale(locale);
  const { pages, courses, contacts } = getContent();
  const page = findPage(pages, locale, '/');
  if (!page) notFound();
  const t = await getTranslations('Layout');
  return (
    <PageBody locale={locale} path="/">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(organisationJsonLd(t('siteName'), siteUrl)) }}
      />
      <FrontPage
        page={page}
        activities={sectionNavigation(pages, locale, '/indsatser').slice(1)}
        courses={courses}
        hotline={hotlineSummary(contacts, locale)}
        now={currentTime()}
      />
    </PageBody>
  );
}
