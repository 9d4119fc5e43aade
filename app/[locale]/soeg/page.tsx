import { type Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageBody } from '@/components/layout/PageBody';
import { type AppLocale } from '@/lib/i18n/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/soeg'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as AppLocale, namespace: 'SearchSoon' });
  return { title: t('title'), robots: { index: false } };
}

/** Until search exists, the header's search box leads here rather than to a 404. */
export default async function SearchRoute({ params }: PageProps<'/[locale]/soeg'>) {
  const locale = (await params).locale as AppLocale;
  setRequestLocale(locale);
  const t = await getTranslations('SearchSoon');
  return (
    <PageBody locale={locale} path="/soeg" crumb={t('title')}>
      <h1>{t('title')}</h1>
      <p className="font-lead">{t('lead')}</p>
    </PageBody>
  );
}
