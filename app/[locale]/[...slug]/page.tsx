import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { PageContent } from '@/components/content/PageContent';
import { PageBody } from '@/components/layout/PageBody';
import { getContent } from '@/lib/content';
import { type AppLocale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/navigation/metadata';
import { contentPageParams } from '@/lib/navigation/static-params';
import { findPage } from '@/lib/navigation/site-tree';
import { pathFromSlug } from '@/lib/content/paths';

// Every page is prerendered; any other address goes to app/global-not-found.tsx.
export const dynamicParams = false;

export function generateStaticParams() {
  return contentPageParams(getContent().pages);
}

function load(locale: AppLocale, slug: string[]) {
  const page = findPage(getContent().pages, locale, pathFromSlug(slug));
  return page?.route === 'content' ? page : undefined;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[...slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const page = load(locale as AppLocale, slug);
  return page ? pageMetadata(getContent().pages, page.locale, page.path, page) : {};
}

export default async function ContentRoute({ params }: PageProps<'/[locale]/[...slug]'>) {
  const { locale, slug } = await params;
  setRequestLocale(locale as AppLocale);
  const page = load(locale as AppLocale, slug);
  if (!page) notFound();
  return (
    <PageBody locale={page.locale} path={page.path} crumb={page.nav?.label ?? page.title}>
      <PageContent page={page} />
    </PageBody>
  );
}
