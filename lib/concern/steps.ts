import { singleParam } from './answers';
import { firstOpenStep, isRelevant, nextStep, relevantQuestions, type Step } from './flow';
import { ANSWER_PARAM, STATE_PARAM, SUBMIT_PARAM } from './paths';
import { type Answers, type QuestionId } from './questions';

/** What a guide page reads from its query; everything else in the query is ignored. */
export interface GuideParams {
  /** Sealed answers given so far. */
  state?: string;
  /** Sealed answers including the option chosen on this page (each option carries its own). */
  answer?: string;
  /** The "Fortsæt" button was pressed: with no answer, the page shows an error. */
  submitted: boolean;
}

export type SearchParams = Record<string, string | string[] | undefined>;

export function readGuideParams(query: SearchParams): GuideParams {
  return {
    state: singleParam(query[STATE_PARAM]) || undefined,
    answer: singleParam(query[ANSWER_PARAM]) || undefined,
    submitted: query[SUBMIT_PARAM] !== undefined,
  };
}

/** Opens a sealed token into checked answers (token.ts, then sanitizeAnswers). */
export type OpenToken = (token: string) => { status: 'ok'; answers: Answers } | { status: 'expired' | 'invalid' };

export type StepDecision =
  /** Render the page with these answers; `error` when "Fortsæt" was pressed without an answer. */
  | { kind: 'show'; answers: Answers; error: boolean }
  /** Send the browser to another step, carrying these answers. */
  | { kind: 'go'; step: Step; answers: Answers }
  /** The answers can no longer be read: the page offers to start over. */
  | { kind: 'expired' };

function openState(params: GuideParams, open: OpenToken): Answers | undefined {
  if (params.state === undefined) return {};
  const opened = open(params.state);
  return opened.status === 'ok' ? opened.answers : undefined;
}

/** What a question page does with its request. */
export function decideQuestion(question: QuestionId, params: GuideParams, open: OpenToken): StepDecision {
  const answers = openState(params, open);
  if (!answers) return { kind: 'expired' };

  if (params.answer !== undefined) {
    const chosen = open(params.answer);
    if (chosen.status !== 'ok') return { kind: 'expired' };
    if (chosen.answers[question] === undefined) return { kind: 'show', answers, error: true };
    return { kind: 'go', step: nextStep(question, chosen.answers), answers: chosen.answers };
  }
  if (params.submitted) return { kind: 'show', answers, error: true };

  // A page reached out of turn (an old bookmark, a changed answer) sends the person to the question they are due.
  const due = firstOpenStep(answers);
  const order = relevantQuestions(answers);
  if (!isRelevant(question, answers) || (due !== 'result' && order.indexOf(due) < order.indexOf(question))) {
    return { kind: 'go', step: due, answers };
  }
  return { kind: 'show', answers, error: false };
}

/** What the result page does with its request: show the routes, or ask what is still missing. */
export function decideResult(params: GuideParams, open: OpenToken): StepDecision {
  if (params.state === undefined) return { kind: 'go', step: 'danger', answers: {} };
  const answers = openState(params, open);
  if (!answers) return { kind: 'expired' };
  const due = firstOpenStep(answers);
  return due === 'result' ? { kind: 'show', answers, error: false } : { kind: 'go', step: due, answers };
}
