import { type Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SearchPage } from '@/components/search/SearchPage';
import { localeParams } from '@/lib/i18n/params';
import { sanitizeQuery } from '@/lib/search/query';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/soeg'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await localeParams(params)).locale, namespace: 'Search' });
  const query = sanitizeQuery((await searchParams).q).text;
  // Result pages are endless variations of the site's own pages: keep them out of search engines.
  return {
    title: query ? t('titleWithQuery', { query }) : t('title'),
    description: t('description'),
    robots: { index: false, follow: true },
  };
}

/** Reads ?q= and ?page=, so it renders per request; the index itself is built once per server process. */
export default async function SearchRoute({ params, searchParams }: PageProps<'/[locale]/soeg'>) {
  const { locale } = await localeParams(params);
  setRequestLocale(locale);
  const { q, page } = await searchParams;
  return <SearchPage locale={locale} rawQuery={q} rawPage={page} />;
}
