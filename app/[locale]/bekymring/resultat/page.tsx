import { type Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ExpiredNotice } from '@/components/concern/ExpiredNotice';
import { ResultView } from '@/components/concern/ResultView';
import { PageBody } from '@/components/layout/PageBody';
import { answersQuery, guideSession, resultPageData, stepHref } from '@/lib/concern/page-data';
import { stepPath } from '@/lib/concern/paths';
import { decideResult, readGuideParams } from '@/lib/concern/steps';
import { localeParams } from '@/lib/i18n/params';

type Props = PageProps<'/[locale]/bekymring/resultat'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await localeParams(params)).locale, namespace: 'Concern' });
  return { title: t('result.title'), description: t('description'), robots: { index: false }, referrer: 'no-referrer' };
}

export default async function ConcernResult({ params, searchParams }: Props) {
  const { locale } = await localeParams(params);
  setRequestLocale(locale);
  const session = guideSession();
  const decision = decideResult(readGuideParams(await searchParams), session.open);
  if (decision.kind === 'go') redirect(stepHref(locale, decision.step, decision.answers, session));
  return (
    <PageBody
      locale={locale}
      path={stepPath('result')}
      query={decision.kind === 'show' ? answersQuery(decision.answers, session) : undefined}
    >
      {decision.kind === 'expired' ? (
        <ExpiredNotice locale={locale} />
      ) : (
        <ResultView locale={locale} data={resultPageData(locale, decision.answers, session)} />
      )}
    </PageBody>
  );
}
