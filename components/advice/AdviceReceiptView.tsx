import { getTranslations } from 'next-intl/server';
import { advicePaths } from '@/lib/advice/paths';
import { type AdviceReceipt } from '@/lib/advice/store';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';

/** The receipt after a request: its reference and what happens next. Nothing the requester wrote. */
export async function AdviceReceiptView({
  receipt,
  offerTitle,
  locale,
}: {
  receipt: AdviceReceipt | undefined;
  offerTitle?: string;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: 'Advice.receipt' });
  if (!receipt) {
    return (
      <>
        <h1>{t('unknownTitle')}</h1>
        <p>{t('unknownLead')}</p>
        <p>
          <a href={localizedPath(locale, advicePaths.list)}>{t('back')}</a>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <dl>
        <dt>{t('reference')}</dt>
        <dd className="advice-reference" id="advice-reference">
          {receipt.reference}
        </dd>
        {offerTitle && (
          <>
            <dt>{t('offer')}</dt>
            <dd>{offerTitle}</dd>
          </>
        )}
      </dl>
      <p className="form-hint">{t('referenceHint')}</p>
      <p>{t('next')}</p>
      <p>{t('noMail')}</p>
      <p>{t('stored')}</p>
      <p>
        <a href={localizedPath(locale, advicePaths.list)}>{t('back')}</a>
      </p>
    </>
  );
}
