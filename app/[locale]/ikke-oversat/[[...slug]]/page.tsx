import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { UntranslatedNotice } from '@/components/content/UntranslatedNotice';
import { PageBody } from '@/components/layout/PageBody';
import { getContent } from '@/lib/content';
import { pathFromSlug } from '@/lib/content/paths';
import { type AppLocale } from '@/lib/i18n/routing';
import { untranslatedPrefix } from '@/lib/navigation/alternates';
import { untranslatedParams } from '@/lib/navigation/static-params';
import { findPage } from '@/lib/navigation/site-tree';

export const dynamicParams = false;

export function generateStaticParams() {
  return untranslatedParams(getContent().pages);
}

function original(slug: string[] = []) {
  const path = pathFromSlug(slug);
  return getContent().pages.find((page) => page.path === path);
}

export async function generateMetadata({ params }: PageProps<'/[locale]/ikke-oversat/[[...slug]]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const t = await getTranslations({ locale: locale as AppLocale, namespace: 'Untranslated' });
  const page = original(slug);
  return {
    title: t('title', { page: page?.title ?? '' }),
    description: t('description', { page: page?.title ?? '' }),
    robots: { index: false },
  };
}

export default async function UntranslatedRoute({ params }: PageProps<'/[locale]/ikke-oversat/[[...slug]]'>) {
  const { locale, slug } = await params;
  setRequestLocale(locale as AppLocale);
  const page = original(slug);
  if (!page || findPage(getContent().pages, locale as AppLocale, page.path)) notFound();
  const t = await getTranslations('Untranslated');
  return (
    <PageBody locale={locale as AppLocale} path={untranslatedPrefix + (page.path === '/' ? '' : page.path)} crumb={t('heading')}>
      <UntranslatedNotice page={page} />
    </PageBody>
  );
}
