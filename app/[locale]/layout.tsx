import '../styles/portal.scss';
import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { type ReactNode } from 'react';
import { SiteDocument } from '@/components/layout/SiteDocument';
import { localeParams } from '@/lib/i18n/params';
import { isLocale, routing } from '@/lib/i18n/routing';
import { siteFrame } from '@/lib/navigation/frame';
import { siteUrl } from '@/lib/site/config';
import { titleTemplate } from '@/lib/site/titles';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await localeParams(params);
  const t = await getTranslations({ locale, namespace: 'Layout' });
  return {
    metadataBase: siteUrl,
    title: { template: titleTemplate(t('siteName')), default: t('siteName') },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <SiteDocument locale={locale} frame={siteFrame(locale)}>
      {children as ReactNode}
    </SiteDocument>
  );
}
