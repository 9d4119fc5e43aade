import '@/components/registration/registration.css';
import { type Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageBody } from '@/components/layout/PageBody';
import { ReceiptView } from '@/components/registration/ReceiptView';
import { type Locale } from '@/lib/i18n/routing';
import { registrationPaths } from '@/lib/forms/paths';
import { loadReceipt } from '@/lib/forms/registration-service';

type Props = PageProps<'/[locale]/kurser/tilmelding/kvittering/[receipt]'>;

// The receipt shows the state of one registration now: rendered per request, never stored by a cache.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: 'Registration' });
  return { title: t('receipt.title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

export default async function ReceiptRoute({ params, searchParams }: Props) {
  const { locale: rawLocale, receipt } = await params;
  const locale = rawLocale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations('Registration');
  const view = await loadReceipt(receipt);
  return (
    <PageBody locale={locale} path={registrationPaths.receipt(receipt)} crumb={t('receipt.title')}>
      <ReceiptView view={view} locale={locale} query={await searchParams} />
    </PageBody>
  );
}
