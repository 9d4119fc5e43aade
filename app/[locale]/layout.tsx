import '../styles/portal.scss';
import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { type ReactNode } from 'react';
import { FeedLink } from '@/components/courses/FeedLink';
import { ErrorStringsProvider } from '@/components/errors/ErrorStrings';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SkipLink } from '@/components/layout/SkipLink';
import { type AppLocale, isAppLocale, routing } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/site/config';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as AppLocale, namespace: 'Layout' });
  return {
    metadataBase: siteUrl,
    title: { template: `%s – ${t('siteName')}`, default: t('siteName') },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isAppLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Error');
  const errorStrings = { title: t('title'), lead: t('lead'), retry: t('retry'), home: t('home'), homeHref: t('homeHref') };
  return (
    <html lang={locale}>
      <body>
        <FeedLink locale={locale} />
        <SkipLink />
        <SiteHeader locale={locale} />
        {/* Only the error page's strings reach the browser; every other string is rendered on the server. */}
        <ErrorStringsProvider strings={errorStrings}>{children as ReactNode}</ErrorStringsProvider>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
