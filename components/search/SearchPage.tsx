import './search.scss';
import { getTranslations } from 'next-intl/server';
import { PageBody } from '@/components/layout/PageBody';
import { type Locale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/i18n/paths';
import { parsePageNumber, sanitizeQuery } from '@/lib/search/query';
import { siteSearch } from '@/lib/search/site-index';
import { NoResults } from './NoResults';
import { SearchForm } from './SearchForm';
import { SearchResults } from './SearchResults';
import { SearchSummary } from './SearchSummary';

interface SearchPageProps {
  locale: Locale;
  /** `?q=` and `?page=` as they arrived: anything at all. */
  rawQuery: unknown;
  rawPage: unknown;
}

export async function SearchPage({ locale, rawQuery, rawPage }: SearchPageProps) {
  const t = await getTranslations('Search');
  const query = sanitizeQuery(rawQuery);
  const results = query.text ? siteSearch.get().search(locale, query.text, { page: parsePageNumber(rawPage) }) : undefined;
  return (
    <PageBody locale={locale} path="/soeg" crumb={t('title')}>
      <h1>{t('title')}</h1>
      <SearchForm
        action={localizedPath(locale, '/soeg')}
        defaultValue={query.text}
        label={t('formLabel')}
        hint={t('formHint')}
        submit={t('submit')}
      />
      {/* Always present, so that when the results follow the typing only its content changes and is announced. */}
      <div role="status" className="search-status" data-search-status>
        {results && <SearchSummary query={query.text} results={results} />}
      </div>
      {/* What public/islands/search-as-you-type.js replaces as the typing goes on. */}
      <div data-search-outcome>
        {query.truncated && (
          <div className="alert alert-info" role="note">
            <div className="alert-body">
              <p className="alert-text">{t('truncated')}</p>
            </div>
          </div>
        )}
        {!results && <p className="search-empty">{t('emptyQuery')}</p>}
        {results && results.total > 0 && <SearchResults locale={locale} query={query.text} results={results} />}
        {results && results.total === 0 && <NoResults locale={locale} closest={results.closest} />}
      </div>
    </PageBody>
  );
}
