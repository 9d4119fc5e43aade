import { getTranslations } from 'next-intl/server';
import { getContent } from '@/lib/content';
import { formatInCopenhagen } from '@/lib/courses/time';
import { colleagueSearch } from '@/lib/forms/colleague';
import { registrationPaths } from '@/lib/forms/paths';
import { type ReceiptInfo } from '@/lib/forms/registration-service';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';
import { findRun } from '@/lib/mail/templates';
import { RunSummary } from './RunSummary';

interface ReceiptViewProps {
  view: ReceiptInfo | undefined;
  locale: Locale;
  query: Record<string, string | string[] | undefined>;
}

/** What happens next: confirm by the e-mail within the hold, or wait for a place on the list. */
export async function ReceiptView({ view, locale, query }: ReceiptViewProps) {
  const t = await getTranslations('Registration.receipt');
  const content = getContent();
  const found = view && findRun(content, view.courseSlug, view.runId);
  if (!view || !found) {
    return (
      <>
        <h1>{t('unknownTitle')}</h1>
        <p>{t('unknownLead')}</p>
      </>
    );
  }
  const municipalities = content.concern.municipalities.map((municipality) => municipality.name);
  const colleagueHref = localizedPath(locale, registrationPaths.form(view.courseSlug, view.runId)) + colleagueSearch(query, municipalities);
  const until = view.holdExpiresAt && formatInCopenhagen(view.holdExpiresAt, locale, { dateStyle: 'full', timeStyle: 'short' });
  return (
    <>
      {view.status === 'held' && (
        <>
          <h1>{t('title')}</h1>
          <p className="lead">{t('heldLead')}</p>
          <p>{t('heldNext', { until: until ?? '' })}</p>
          <p>{t('noMail')}</p>
        </>
      )}
      {view.status === 'waiting' && (
        <>
          <h1>{t('waitingTitle')}</h1>
          <p className="lead">{t('waitingLead', { place: view.place ?? 0 })}</p>
          <p>{t('waitingNext')}</p>
        </>
      )}
      {view.status === 'confirmed' && <h1>{t('confirmedTitle')}</h1>}
      {view.status === 'cancelled' && <h1>{t('cancelledTitle')}</h1>}
      <RunSummary course={found.course} run={found.run} locale={locale} />
      <p>{t('cancelInfo')}</p>
      <p>
        <a className="button button-secondary" href={colleagueHref}>
          {t('colleague')}
        </a>
      </p>
      <p className="form-hint">{t('colleagueHint')}</p>
    </>
  );
}
