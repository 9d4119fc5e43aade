import { useTranslations } from 'next-intl';
import { PageBody } from '@/components/layout/PageBody';
import { type Locale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/i18n/paths';
import { type SearchPageData } from '@/lib/search/search-page';
import { NoResults } from './NoResults';
import { SearchForm } from './SearchForm';
import { SearchResults } from './SearchResults';
import { SearchSummary } from './SearchSummary';

/** The search page's own part, from the data its route loaded (lib/search/search-page.ts). */
export function SearchPage({ locale, query, results }: SearchPageData & { locale: Locale }) {
  const t = useTranslations('Search');
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
        {results === null && <p className="search-empty">{t('emptyQuery')}</p>}
        {results && results.total > 0 && <SearchResults locale={locale} query={query.text} results={results} />}
        {results && results.total === 0 && <NoResults locale={locale} closest={results.closest} />}
      </div>
    </PageBody>
  );
}
