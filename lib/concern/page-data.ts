import { type ConcernRouteId, type Contact, getContent, type Municipality } from '@/lib/content';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';
import { type Step, previousStep } from './flow';
import { concernGuideKey } from './key';
import { type LookupParam } from './lookup-param';
import { createMunicipalityLookup, type MunicipalityLookup } from './municipality';
import { GUIDE_PATH, STATE_PARAM, stepPath } from './paths';
import { procedureLink, type ProcedureLink } from './procedures';
import { type Answers, fixedOptions, type QuestionId, UNKNOWN_MUNICIPALITY } from './questions';
import { relatedLinks, type RelatedLink } from './related-pages';
import { buildResult, type ConcernResult } from './result';
import { createGuideSession, type GuideSession } from './session';

/*
 * What the guide's routes load for their components: content read and answers sealed here, so
 * the components get plain props and neither read content nor hold the key.
 */

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
export function stepHref(locale: Locale, step: Step, answers: Answers, session: GuideSession): string {
  return localizedPath(locale, stepPath(step)) + answersQuery(answers, session);
}

function contact(id: string): Contact | undefined {
  return getContent().contacts.find((candidate) => candidate.id === id);
}

export interface StartPageData {
  /** 112, from content/contacts. */
  alarm?: Contact;
  firstStepHref: string;
  related: RelatedLink[];
}

export function startPageData(locale: Locale): StartPageData {
  return {
    alarm: contact('alarm'),
    firstStepHref: localizedPath(locale, stepPath('danger')),
    related: relatedLinks(getContent().pages, locale),
  };
}

/** One choice of a question: its code (for its label in messages), the sealed answers it sends, whether it is chosen. */
export interface QuestionChoice {
  value: string;
  /** The municipality's name; fixed options take their label from messages. */
  name?: string;
  token: string;
  checked: boolean;
}

export interface QuestionPageData {
  backHref: string;
  /** The answers so far, sealed, for the form's hidden field; absent before the first answer. */
  state?: string;
  choices: QuestionChoice[];
}

export function questionPageData(locale: Locale, question: QuestionId, answers: Answers, session: GuideSession): QuestionPageData {
  const previous = previousStep(question, answers);
  const values: { value: string; name?: string }[] =
    question === 'municipality'
      ? [
          { value: UNKNOWN_MUNICIPALITY },
          ...getContent().concern.municipalities.map((municipality) => ({ value: municipality.slug, name: municipality.name })),
        ]
      : fixedOptions(question).map((value) => ({ value }));
  return {
    backHref: previous ? stepHref(locale, previous, answers, session) : localizedPath(locale, GUIDE_PATH),
    state: Object.keys(answers).length > 0 ? session.seal(answers) : undefined,
    choices: values.map((choice) => ({
      ...choice,
      token: session.seal({ ...answers, [question]: choice.value }),
      checked: answers[question] === choice.value,
    })),
  };
}

export interface ResultPageData {
  result: ConcernResult;
  backHref?: string;
  restartHref: string;
  related: RelatedLink[];
  /** The library's page about the person's sector's procedure, for the workplace-procedure card. */
  procedure?: ProcedureLink;
}

export function resultPageData(locale: Locale, answers: Answers, session: GuideSession): ResultPageData {
  const { concern, contacts, pages, publications } = getContent();
  const previous = previousStep('result', answers);
  return {
    result: buildResult(answers, concern, contacts),
    backHref: previous ? stepHref(locale, previous, answers, session) : undefined,
    restartHref: localizedPath(locale, stepPath('danger')),
    related: relatedLinks(pages, locale),
    procedure: procedureLink(answers, publications, locale),
  };
}

export interface LookupPageData {
  result?: MunicipalityLookup;
  /** What the person typed, when they searched. */
  query?: string;
  municipalities: Pick<Municipality, 'name' | 'slug'>[];
  /** The infohus card for a municipality found, and the hotline's for one not found. */
  infohus?: ConcernResult['options'][number];
  hotline?: ConcernResult['options'][number];
}

export function lookupPageData(param: LookupParam): LookupPageData {
  const { concern, contacts } = getContent();
  const query = param.kind === 'query' ? param.query : undefined;
  let result: MunicipalityLookup | undefined;
  if (param.kind === 'query') result = createMunicipalityLookup(concern)(param.query);
  if (param.kind === 'invalid') result = { kind: 'invalid', reason: param.reason === 'empty' ? 'empty' : 'too-long' };
  // The lookup shows the infohus and the hotline as the guide shows them to a neighbour.
  const options = buildResult({ danger: 'no', topic: 'person', role: 'other' }, concern, contacts).options;
  const card = (id: ConcernRouteId) => options.find((option) => option.route.id === id);
  const infohus = card('infohus');
  // Alone on this page, the infohus card also gives the police's number, the other way in
  // besides the municipality; in the guide's result the police have a card of their own.
  const police = card('police-report')?.contacts ?? [];
  return {
    result,
    query,
    municipalities: concern.municipalities.map(({ name, slug }) => ({ name, slug })),
    infohus: infohus && { ...infohus, contacts: [...infohus.contacts, ...police] },
    hotline: card('hotline'),
  };
}
