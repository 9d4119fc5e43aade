import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { GuideStart } from '@/components/concern/GuideStart';
import { PageBody } from '@/components/layout/PageBody';
import { getContent } from '@/lib/content';
import { startPageData } from '@/lib/concern/page-data';
import { GUIDE_PATH } from '@/lib/concern/paths';
import { localeParams } from '@/lib/i18n/params';
import { type Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/navigation/metadata';
import { findPage } from '@/lib/navigation/site-tree';

function load(locale: Locale) {
  return findPage(getContent().pages, locale, GUIDE_PATH);
}

export async function generateMetadata({ params }: PageProps<'/[locale]/bekymring'>): Promise<Metadata> {
  const { locale } = await localeParams(params);
  const page = load(locale);
  return page ? { ...pageMetadata(getContent().pages, locale, GUIDE_PATH, page), referrer: 'no-referrer' } : {};
}

export default async function ConcernGuideStart({ params }: PageProps<'/[locale]/bekymring'>) {
  const { locale } = await localeParams(params);
  setRequestLocale(locale);
  const page = load(locale);
  if (!page) notFound();
  return (
    <PageBody locale={locale} path={GUIDE_PATH} crumb={page.nav?.label ?? page.title}>
      <GuideStart page={page} locale={locale} data={startPageData(locale)} />
    </PageBody>
  );
}
