import '@/components/registration/registration.css';
import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { PageBody } from '@/components/layout/PageBody';
import { ClosedNotice } from '@/components/registration/ClosedNotice';
import { RegistrationForm } from '@/components/registration/RegistrationForm';
import { RunSummary } from '@/components/registration/RunSummary';
import { getContent } from '@/lib/content';
import { currentTime } from '@/lib/courses/clock';
import { colleaguePrefill } from '@/lib/forms/colleague';
import { registrationPaths } from '@/lib/forms/paths';
import { hasPortalRegistration, takesRegistrations } from '@/lib/forms/run-policy';
import { initialFormState } from '@/lib/forms/submit-registration';
import { type Locale } from '@/lib/i18n/routing';
import { findRun } from '@/lib/mail/templates';
import { registerAction } from './actions';

type Props = PageProps<'/[locale]/kurser/[slug]/tilmeld/[runId]'>;

// A fresh idempotency token in every form: never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, runId } = await params;
  const found = findRun(getContent(), slug, runId);
  const t = await getTranslations({ locale: locale as Locale, namespace: 'Registration' });
  return { title: found ? t('formTitle', { course: found.course.title[locale as Locale] }) : undefined, robots: { index: false } };
}

export default async function RegistrationRoute({ params, searchParams }: Props) {
  const { locale: rawLocale, slug, runId } = await params;
  const locale = rawLocale as Locale;
  setRequestLocale(locale);
  const content = getContent();
  const found = findRun(content, slug, runId);
  if (!found || !hasPortalRegistration(found.run)) notFound();
  const { course, run } = found;
  const t = await getTranslations('Registration');
  const messages = (await getMessages()).Registration;
  const municipalities = content.concern.municipalities.map((municipality) => municipality.name);
  const open = takesRegistrations(run, currentTime());
  return (
    <PageBody locale={locale} path={registrationPaths.form(slug, runId)} crumb={t('registerLink')}>
      <h1>{t('formTitle', { course: course.title[locale] })}</h1>
      <RunSummary course={course} run={run} locale={locale} />
      {open ? (
        <>
          <p className="lead">{t('formLead')}</p>
          <RegistrationForm
            action={registerAction.bind(null, locale, slug, runId)}
            initialState={initialFormState(colleaguePrefill(await searchParams, municipalities))}
            messages={messages}
            municipalities={municipalities}
          />
        </>
      ) : (
        <ClosedNotice course={course} run={run} locale={locale} />
      )}
    </PageBody>
  );
}
