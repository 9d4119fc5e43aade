import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { UntranslatedNotice } from '@/components/content/UntranslatedNotice';
import { PageBody } from '@/components/layout/PageBody';
import { localeParams } from '@/lib/i18n/params';
import { untranslatedPrefix } from '@/lib/navigation/alternates';
import { untranslatedPageData, untranslatedRouteParams } from '@/lib/pages/page-data';

export const dynamicParams = false;

export const generateStaticParams = untranslatedRouteParams;

export async function generateMetadata({ params }: PageProps<'/[locale]/ikke-oversat/[[...slug]]'>): Promise<Metadata> {
  const { locale, slug } = await localeParams(params);
  const t = await getTranslations({ locale, namespace: 'Untranslated' });
  const page = untranslatedPageData(locale, slug);
  return {
    title: t('title', { page: page?.title ?? '' }),
    description: t('description', { page: page?.title ?? '' }),
    robots: { index: false },
  };
}

export default async function UntranslatedRoute({ params }: PageProps<'/[locale]/ikke-oversat/[[...slug]]'>) {
  const { locale, slug } = await localeParams(params);
  setRequestLocale(locale);
  const page = untranslatedPageData(locale, slug);
  if (!page) notFound();
  const t = await getTranslations('Untranslated');
  return (
    <PageBody locale={locale} path={untranslatedPrefix + (page.path === '/' ? '' : page.path)} crumb={t('heading')}>
      <UntranslatedNotice page={page} />
    </PageBody>
  );
}
