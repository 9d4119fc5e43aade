import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { PageContent } from '@/components/content/PageContent';
import { PageBody } from '@/components/layout/PageBody';
import { localeParams } from '@/lib/i18n/params';
import { contentPageData, contentRouteParams } from '@/lib/pages/page-data';

// Every page is prerendered; any other address goes to app/global-not-found.tsx.
export const dynamicParams = false;

export const generateStaticParams = contentRouteParams;

export async function generateMetadata({ params }: PageProps<'/[locale]/[...slug]'>): Promise<Metadata> {
  const { locale, slug } = await localeParams(params);
  return contentPageData(locale, slug)?.metadata ?? {};
}

export default async function ContentRoute({ params }: PageProps<'/[locale]/[...slug]'>) {
  const { locale, slug } = await localeParams(params);
  setRequestLocale(locale);
  const data = contentPageData(locale, slug);
  if (!data) notFound();
  return (
    <PageBody locale={locale} path={data.page.path} crumb={data.page.nav?.label ?? data.page.title}>
      <PageContent {...data} />
    </PageBody>
  );
}
