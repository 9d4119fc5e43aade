import { type Step } from './flow';
import { questionSegments, RESULT_SEGMENT } from './questions';

/** The guide's start page, without locale prefix. */
export const GUIDE_PATH = '/bekymring';
/** The municipality → infohus lookup. */
export const LOOKUP_PATH = `${GUIDE_PATH}/find-infohus`;

/** Every page under the guide's start page: the questions, the result and the lookup. */
export const guideSegments: readonly string[] = [
  ...Object.values(questionSegments),
  RESULT_SEGMENT,
  LOOKUP_PATH.slice(GUIDE_PATH.length + 1),
];

export function stepPath(step: Step): string {
  return `${GUIDE_PATH}/${step === 'result' ? RESULT_SEGMENT : questionSegments[step]}`;
}

/** Query names the guide's forms use: the sealed answers so far, the chosen answer, the submit button. */
export const STATE_PARAM = 's';
export const ANSWER_PARAM = 'svar';
export const SUBMIT_PARAM = 'fortsaet';
