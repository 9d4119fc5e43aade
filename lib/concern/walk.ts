import { nextStep } from './flow';
import { type Answers, fixedOptions, type QuestionId, UNKNOWN_MUNICIPALITY } from './questions';

/**
 * Every set of answers a person can give on the way from the first question
 * to the result, following the guide's own skips. Tests walk them all; the
 * editor's table in docs/concern-guide.md is checked against them.
 */
export function everyCompletedWalk(municipalitySlugs: readonly string[]): Answers[] {
  const optionsFor = (question: QuestionId): readonly string[] =>
    question === 'municipality' ? [...municipalitySlugs, UNKNOWN_MUNICIPALITY] : fixedOptions(question);
  const walks: Answers[] = [];
  const visit = (question: QuestionId, answers: Answers) => {
    for (const option of optionsFor(question)) {
      const answered = { ...answers, [question]: option } as Answers;
      const next = nextStep(question, answered);
      if (next === 'result') walks.push(answered);
      else visit(next, answered);
    }
  };
  visit('danger', {});
  return walks;
}
