import { getTranslations } from 'next-intl/server';
import { stepPath } from '@/lib/concern/paths';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';
import { GuideFrame } from './GuideFrame';

/** Answers older than an hour, or unreadable: say so, keep nothing, start again. */
export async function ExpiredNotice({ locale }: { locale: Locale }) {
  const t = await getTranslations('Concern');
  return (
    <GuideFrame>
      <h1>{t('expired.title')}</h1>
      <p>{t('expired.text')}</p>
      <a className="button button-primary" href={localizedPath(locale, stepPath('danger'))}>
        {t('expired.restart')}
      </a>
    </GuideFrame>
  );
}
