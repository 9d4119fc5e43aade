import '@/components/advice/advice.css';
import { type Metadata } from 'next';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { AdviceForm } from '@/components/advice/AdviceForm';
import { AdviceUnavailable } from '@/components/advice/AdviceUnavailable';
import { CitizenNotice } from '@/components/advice/CitizenNotice';
import { PageBody } from '@/components/layout/PageBody';
import { OTHER_OFFER } from '@/lib/advice/form';
import { preselectedOffer } from '@/lib/advice/offers';
import { advicePaths } from '@/lib/advice/paths';
import { adviceInboxConfigured, adviceChoices } from '@/lib/advice/service';
import { initialAdviceState } from '@/lib/advice/submit';
import { getContent } from '@/lib/content';
import { localeParams } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/navigation/metadata';
import { requestAdviceAction } from './actions';

type Props = PageProps<'/[locale]/for-kommuner/anmod-om-raadgivning'>;

// A fresh idempotency token in every form, and the inbox setting read at run time: never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await localeParams(params);
  const t = await getTranslations({ locale, namespace: 'Advice.form' });
  return pageMetadata(getContent().pages, locale, advicePaths.form, { title: t('title'), description: t('metaDescription') });
}

export default async function AdviceRequestRoute({ params, searchParams }: Props) {
  const { locale } = await localeParams(params);
  setRequestLocale(locale);
  const t = await getTranslations('Advice.form');
  const content = getContent();
  const messages = (await getMessages()).Advice;
  const offers = [
    ...[...content.adviceOffers].sort((a, b) => a.order - b.order).map((offer) => ({ value: offer.slug, label: offer.title[locale] })),
    { value: OTHER_OFFER, label: t('otherOffer') },
  ];
  return (
    <PageBody locale={locale} path={advicePaths.form} crumb={t('crumb')}>
      <h1>{t('title')}</h1>
      {adviceInboxConfigured() ? (
        <>
          <p className="lead">{t('lead')}</p>
          <AdviceForm
            action={requestAdviceAction.bind(null, locale)}
            initialState={initialAdviceState({ offer: preselectedOffer(await searchParams, content.adviceOffers) ?? '' })}
            messages={messages}
            municipalities={adviceChoices().municipalities}
            offers={offers}
            citizenNotice={<CitizenNotice contacts={content.contacts} locale={locale} />}
          />
        </>
      ) : (
        <AdviceUnavailable contacts={content.contacts} locale={locale} />
      )}
    </PageBody>
  );
}
