import { type Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ExpiredNotice } from '@/components/concern/ExpiredNotice';
import { QuestionStep, questionMessages, questionTitle } from '@/components/concern/QuestionStep';
import { PageBody } from '@/components/layout/PageBody';
import { answersQuery, guideSession, questionPageData, stepHref } from '@/lib/concern/page-data';
import { stepPath } from '@/lib/concern/paths';
import { questionForSegment, questionIds, questionSegments } from '@/lib/concern/questions';
import { decideQuestion, readGuideParams } from '@/lib/concern/steps';
import { localeParams } from '@/lib/i18n/params';

export const dynamicParams = false;

export function generateStaticParams() {
  return questionIds.map((id) => ({ trin: questionSegments[id] }));
}

type Props = PageProps<'/[locale]/bekymring/[trin]'>;

async function decide({ params, searchParams }: Props) {
  const { locale, trin } = await localeParams(params);
  const question = questionForSegment(trin);
  if (!question) notFound();
  const session = guideSession();
  return {
    locale,
    question,
    session,
    decision: decideQuestion(question, readGuideParams(await searchParams), session.open),
  };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, question, decision } = await decide(props);
  const t = await getTranslations({ locale, namespace: 'Concern' });
  const base = { description: t('description'), robots: { index: false }, referrer: 'no-referrer' } as const;
  if (decision.kind === 'expired') return { ...base, title: t('expired.title') };
  const title = questionTitle(await questionMessages(locale, question), decision.kind === 'show' ? decision.answers : {});
  return { ...base, title: decision.kind === 'show' && decision.error ? t('errorTitle', { title }) : title };
}

export default async function ConcernQuestion(props: Props) {
  const { locale, question, session, decision } = await decide(props);
  setRequestLocale(locale);
  if (decision.kind === 'go') redirect(stepHref(locale, decision.step, decision.answers, session));
  return (
    <PageBody
      locale={locale}
      path={stepPath(question)}
      query={decision.kind === 'show' ? answersQuery(decision.answers, session) : undefined}
    >
      {decision.kind === 'expired' ? (
        <ExpiredNotice locale={locale} />
      ) : (
        <QuestionStep
          locale={locale}
          question={question}
          answers={decision.answers}
          error={decision.error}
          data={questionPageData(locale, question, decision.answers, session)}
        />
      )}
    </PageBody>
  );
}
