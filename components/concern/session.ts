import { getContent } from '@/lib/content';
import { concernGuideKey } from '@/lib/concern/key';
import { type Step } from '@/lib/concern/flow';
import { type Answers } from '@/lib/concern/questions';
import { createGuideSession, type GuideSession } from '@/lib/concern/session';
import { STATE_PARAM, stepPath } from '@/lib/concern/paths';
import { localizedPath } from '@/lib/i18n/paths';
import { type AppLocale } from '@/lib/i18n/routing';

/** The guide's sealing for this server process, checked against the real municipalities. */
export function guideSession(): GuideSession {
  const slugs = new Set(getContent().concern.municipalities.map((municipality) => municipality.slug));
  return createGuideSession(slugs, concernGuideKey(), Date.now);
}

/** The query string that carries the answers sealed: empty when there are none yet. */
export function answersQuery(answers: Answers, session: GuideSession): string {
  return Object.keys(answers).length === 0 ? '' : `?${STATE_PARAM}=${session.seal(answers)}`;
}

/** The address of a step, carrying the answers sealed (none when there are none yet). */
export function stepHref(locale: AppLocale, step: Step, answers: Answers, session: GuideSession): string {
  return localizedPath(locale, stepPath(step)) + answersQuery(answers, session);
}
