import '@/components/advice/advice.css';
import { type Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdviceReceiptView } from '@/components/advice/AdviceReceiptView';
import { PageBody } from '@/components/layout/PageBody';
import { offerTitle } from '@/lib/advice/mail';
import { advicePaths } from '@/lib/advice/paths';
import { loadAdviceReceipt } from '@/lib/advice/service';
import { getContent } from '@/lib/content';
import { localeParams } from '@/lib/i18n/params';

type Props = PageProps<'/[locale]/for-kommuner/anmod-om-raadgivning/kvittering/[reference]'>;

// Read from the database per request, never stored by a cache.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await localeParams(params);
  const t = await getTranslations({ locale, namespace: 'Advice.receipt' });
  return { title: t('title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

export default async function AdviceReceiptRoute({ params }: Props) {
  const { locale, reference } = await localeParams(params);
  setRequestLocale(locale);
  const t = await getTranslations('Advice.receipt');
  const receipt = await loadAdviceReceipt(reference);
  return (
    <PageBody locale={locale} path={advicePaths.receipt(reference)} crumb={t('title')}>
      <AdviceReceiptView
        receipt={receipt}
        offerTitle={receipt && offerTitle(getContent().adviceOffers, receipt.offer, locale)}
        locale={locale}
      />
    </PageBody>
  );
}
