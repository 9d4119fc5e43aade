import { getTranslations } from 'next-intl/server';
import { getContent } from '@/lib/content';
import { previousStep } from '@/lib/concern/flow';
import { districtOfMunicipality } from '@/lib/concern/municipality';
import { stepPath } from '@/lib/concern/paths';
import { type Answers } from '@/lib/concern/questions';
import { concernRoutes } from '@/lib/concern/routing';
import { type GuideSession } from '@/lib/concern/session';
import { localizedPath } from '@/lib/i18n/paths';
import { type AppLocale } from '@/lib/i18n/routing';
import { GuideFrame } from './GuideFrame';
import { RouteCard } from './RouteCard';
import { stepHref } from './session';

/** The result: where to turn, in order, and what happens next. Printable on its own. */
export async function ResultView({ locale, answers, session }: { locale: AppLocale; answers: Answers; session: GuideSession }) {
  const t = await getTranslations('Concern');
  const { concern, contacts } = getContent();
  const order = concern.routes.map((route) => route.id);
  const routes = concernRoutes(answers, order).flatMap((id) => concern.routes.find((route) => route.id === id) ?? []);
  const place = answers.municipality ? districtOfMunicipality(concern, answers.municipality) : undefined;
  const previous = previousStep('result', answers);
  const backHref = previous ? stepHref(locale, previous, answers, session) : undefined;

  return (
    <GuideFrame backHref={backHref}>
      <div className="concern-result">
        <h1>{t('result.title')}</h1>
        <p className="font-lead">{answers.danger === 'yes' ? t('result.leadDanger') : t('result.lead')}</p>
        <ol className="concern-routes">
          {routes.map((route) => (
            <li key={route.id}>
              <RouteCard locale={locale} route={route} contacts={contacts} place={place} />
            </li>
          ))}
        </ol>
        <section className="concern-good-to-know" aria-labelledby="not-accusation">
          <h2 id="not-accusation">{t('result.notAccusationTitle')}</h2>
          <p>{t('result.notAccusationText')}</p>
          <h2>{t('result.nothingKeptTitle')}</h2>
          <p>{t('result.nothingKeptText')}</p>
        </section>
        <div className="concern-actions">
          <a className="button button-secondary" href={localizedPath(locale, stepPath('danger'))}>
            {t('result.restart')}
          </a>
        </div>
      </div>
    </GuideFrame>
  );
}
