import { getTranslations } from 'next-intl/server';
import { politikreds } from '@/lib/concern/district-name';
import { LOOKUP_PARAM } from '@/lib/concern/lookup-param';
import { type LookupPageData } from '@/lib/concern/page-data';
import { GUIDE_PATH, LOOKUP_PATH } from '@/lib/concern/paths';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';
import { GuideFrame } from './GuideFrame';
import { RouteCard } from './RouteCard';

/**
 * Municipality → infohus. A text field that forgives spelling, and below it
 * a list of all 98 for anyone who would rather choose; both are plain GET
 * forms, so neither needs JavaScript.
 */
export async function LookupView({ locale, data }: { locale: Locale; data: LookupPageData }) {
  const t = await getTranslations('Concern');
  const { query, result, infohus, hotline, municipalities } = data;
  const action = localizedPath(locale, LOOKUP_PATH);
  const inputError = result?.kind === 'invalid' ? (result.reason === 'empty' ? t('lookup.empty') : t('lookup.tooLong')) : undefined;
  const describedBy = ['kommune-hint', inputError && 'kommune-error'].filter(Boolean).join(' ');

  return (
    <GuideFrame>
      <h1>{t('lookup.title')}</h1>
      <p className="font-lead">{t('lookup.lead')}</p>
      <form method="get" action={action} role="search" aria-label={t('lookup.title')}>
        <div className={`form-group${inputError ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor="kommune">
            {t('lookup.label')}
          </label>
          <p className="form-hint" id="kommune-hint">
            {t('lookup.hint')}
          </p>
          {inputError && (
            <p className="form-error-message" id="kommune-error">
              {inputError}
            </p>
          )}
          <input
            className="form-input"
            type="text"
            id="kommune"
            name={LOOKUP_PARAM}
            defaultValue={result?.kind === 'found' ? result.municipality.name : query}
            autoComplete="address-level2"
            aria-describedby={describedBy}
            spellCheck={false}
          />
        </div>
        <button className="button button-primary" type="submit">
          {t('lookup.button')}
        </button>
      </form>

      {result?.kind === 'found' && infohus && (
        <section className="concern-lookup-result" aria-labelledby="lookup-found">
          <h2 id="lookup-found">
            {t('lookup.foundTitle', { municipality: result.municipality.name, district: politikreds(result.district) })}
          </h2>
          {result.match !== 'exact' && <p>{t('lookup.usedName', { municipality: result.municipality.name })}</p>}
          <RouteCard locale={locale} option={infohus} place={result} headingLevel={3} showPlace={false} />
        </section>
      )}

      {result?.kind === 'ambiguous' && (
        <section aria-labelledby="lookup-ambiguous">
          <h2 id="lookup-ambiguous">{t('lookup.ambiguousTitle')}</h2>
          <p>{t('lookup.ambiguousText')}</p>
          <ul>
            {result.candidates.map((municipality) => (
              <li key={municipality.slug}>
                <a href={`${action}?${LOOKUP_PARAM}=${encodeURIComponent(municipality.name)}`}>{municipality.name}</a>
              </li>
            ))}
          </ul>
        </section>
      )}

      {result?.kind === 'not-found' && (
        <section aria-labelledby="lookup-not-found">
          <h2 id="lookup-not-found">{t('lookup.notFoundTitle')}</h2>
          <p>{t('lookup.notFoundText')}</p>
          <p>{t('lookup.notFoundElsewhere')}</p>
          {hotline && <RouteCard locale={locale} option={hotline} headingLevel={3} />}
        </section>
      )}

      <form method="get" action={action} className="concern-lookup-list">
        <div className="form-group">
          <label className="form-label" htmlFor="kommune-liste">
            {t('lookup.listLabel')}
          </label>
          <select
            className="form-select"
            id="kommune-liste"
            name={LOOKUP_PARAM}
            defaultValue={result?.kind === 'found' ? result.municipality.name : undefined}
          >
            {municipalities.map((municipality) => (
              <option key={municipality.slug} value={municipality.name}>
                {municipality.name}
              </option>
            ))}
          </select>
        </div>
        <button className="button button-secondary" type="submit">
          {t('lookup.listButton')}
        </button>
      </form>

      <p className="concern-actions">
        <a href={localizedPath(locale, GUIDE_PATH)}>{t('lookup.guideLink')}</a>
      </p>
    </GuideFrame>
  );
}
