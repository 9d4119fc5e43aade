import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { FrontPage } from '@/components/front/FrontPage';
import { PageBody } from '@/components/layout/PageBody';
import { getContent } from '@/lib/content';
import { type AppLocale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/navigation/metadata';
import { findPage } from '@/lib/navigation/site-tree';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = (await params).locale as AppLocale;
  const { pages } = getContent();
  const page = findPage(pages, locale, '/');
  return page ? { ...pageMetadata(pages, locale, '/', page), title: { absolute: page.title } } : {};
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = (await params).locale as AppLocale;
  setRequestLocale(locale);
  const page = findPage(getContent().pages, locale, '/');
  if (!page) notFound();
  return (
    <PageBody locale={locale} path="/">
      <FrontPage page={page} />
    </PageBody>
  );
}
