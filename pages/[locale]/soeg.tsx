import { type GetServerSideProps } from 'next';
import { useTranslations } from 'next-intl';
import { PagesHead } from '@/components/layout/PagesHead';
import { PageShell } from '@/components/layout/PageShell';
import { SearchPage } from '@/components/search/SearchPage';
import { isLocale, type Locale } from '@/lib/i18n/routing';
import { type SiteFrame, siteFrame } from '@/lib/navigation/frame';
import { searchPageData, type SearchPageData } from '@/lib/search/search-page';
import { siteSearch } from '@/lib/search/site-index';
import { asPageProps } from '@/lib/site/page-props';

// No script of Next.js' own on this page; its island is the page's own <script> element.
export const config = { unstable_runtimeJS: false };

type SearchRouteProps = SearchPageData & { locale: Locale; frame: SiteFrame };

/** Reads ?q= and ?page=, so it renders per request; the index itself is built once per server process. */
export const getServerSideProps: GetServerSideProps<SearchRouteProps> = async ({ params, query }) => {
  const locale = String(params?.locale);
  if (!isLocale(locale)) return { notFound: true };
  return { props: asPageProps({ locale, frame: siteFrame(locale), ...searchPageData(siteSearch.get(), locale, query.q, query.page) }) };
};

export default function SearchRoute({ locale, frame, query, results }: SearchRouteProps) {
  const t = useTranslations('Search');
  return (
    <>
      {/* Result pages are endless variations of the site's own pages: kept out of search engines. */}
      <PagesHead
        locale={locale}
        title={query.text ? t('titleWithQuery', { query: query.text }) : t('title')}
        description={t('description')}
        indexed={false}
      />
      <PageShell locale={locale} frame={frame}>
        <SearchPage locale={locale} query={query} results={results} />
      </PageShell>
    </>
  );
}
