import { getTranslations } from 'next-intl/server';
import { type ResultPageData } from '@/lib/concern/page-data';
import { type ResultOption } from '@/lib/concern/result';
import { type Locale } from '@/lib/i18n/routing';
import type messages from '@/messages/da.json';
import { GuideFrame } from './GuideFrame';
import { PrintButton } from './PrintButton';
import { RelatedLinks } from './RelatedLinks';
import { RouteCard } from './RouteCard';

type SituationKey = keyof (typeof messages)['Concern']['result']['when'];

/**
 * The result: the places to turn as options, each with the situation it fits. 112 first and apart
 * when someone is in danger, then the hotline, which fits every case. Printable on one or two pages.
 */
export async function ResultView({ locale, data }: { locale: Locale; data: ResultPageData }) {
  const t = await getTranslations('Concern');
  const { result, backHref, restartHref, related, procedure } = data;
  // The duty to notify states its condition from the age answer, and asks for it only when unknown.
  const when = ({ route }: ResultOption) =>
    t(
      `result.when.${route.id === 'duty-to-notify' && result.age === 'unknown' ? 'duty-to-notify-age-unknown' : (route.id as SituationKey)}`,
    );

  return (
    <GuideFrame backHref={backHref}>
      <div className="concern-result">
        <h1>{t('result.title')}</h1>
        <p className="font-lead">{result.emergency ? t('result.leadDanger') : t('result.lead')}</p>
        <PrintButton label={t('result.print')} />
        {result.emergency && (
          <div className="concern-emergency">
            <RouteCard locale={locale} option={result.emergency} when={when(result.emergency)} />
          </div>
        )}
        <ul className="nobullet-list concern-routes">
          {result.options.map((option) => (
            <li key={option.route.id}>
              <RouteCard
                locale={locale}
                option={option}
                when={when(option)}
                place={result.place}
                link={option.route.id === 'workplace-procedure' ? procedure : undefined}
              />
            </li>
          ))}
        </ul>
        <section className="concern-good-to-know" aria-labelledby="not-accusation">
          <h2 id="not-accusation">{t('result.notAccusationTitle')}</h2>
          <p>{t('result.notAccusationText')}</p>
          <h2>{t('result.nothingKeptTitle')}</h2>
          <p>{t('result.nothingKeptText')}</p>
        </section>
        <RelatedLinks title={t('result.relatedTitle')} links={related} />
        <div className="concern-actions">
          <a className="button button-secondary" href={restartHref}>
            {t('result.restart')}
          </a>
        </div>
      </div>
    </GuideFrame>
  );
}
