import { type Answers, type QuestionId } from './questions';

export type Step = QuestionId | 'result';

/**
 * The questions asked for these answers, in order. Someone in danger is sent
 * to the result (112) at once; only a concern about a person asks who you
 * are and how old the person is; only concerns an infohus handles ask for
 * the municipality.
 */
export function relevantQuestions(answers: Answers): QuestionId[] {
  const questions: QuestionId[] = ['danger'];
  if (answers.danger !== 'no') return questions;
  questions.push('topic');
  if (answers.topic === 'person') questions.push('role', 'age', 'municipality');
  if (answers.topic === 'self') questions.push('municipality');
  return questions;
}

/** Only the answers the result depends on: an answer left from a changed path is dropped. */
export function relevantAnswers(answers: Answers): Answers {
  const kept: Answers = {};
  for (const question of relevantQuestions(answers)) {
    if (answers[question] !== undefined) Object.assign(kept, { [question]: answers[question] });
  }
  return kept;
}

export function isRelevant(question: QuestionId, answers: Answers): boolean {
  return relevantQuestions(answers).includes(question);
}

/** The page after `question` once it is answered: the next relevant question, or the result. */
export function nextStep(question: QuestionId, answers: Answers): Step {
  const questions = relevantQuestions(answers);
  const index = questions.indexOf(question);
  if (index === -1) return firstOpenStep(answers);
  return questions[index + 1] ?? 'result';
}

/** The page "Tilbage" leads to from `step`; undefined for the first question (back to the start page). */
export function previousStep(step: Step, answers: Answers): QuestionId | undefined {
  const questions = relevantQuestions(answers);
  if (step === 'result') return questions.at(-1);
  const index = questions.indexOf(step);
  return index > 0 ? questions[index - 1] : undefined;
}

/** The first relevant question still unanswered, or the result when all are answered. */
export function firstOpenStep(answers: Answers): Step {
  return relevantQuestions(answers).find((question) => answers[question] === undefined) ?? 'result';
}
