import { type Answers, ageAnswers, dangerAnswers, type QuestionId, roleAnswers, topicAnswers, UNKNOWN_MUNICIPALITY } from './questions';

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * Answers from anything a request can carry. A value the guide does not
 * offer is dropped, never an error: the guide then asks that question again.
 */
export function sanitizeAnswers(raw: unknown, municipalitySlugs: ReadonlySet<string>): Answers {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const own = (key: QuestionId): unknown => (Object.hasOwn(raw, key) ? (raw as Record<string, unknown>)[key] : undefined);
  const municipality = own('municipality');
  const answers: Answers = {
    danger: oneOf(dangerAnswers, own('danger')),
    topic: oneOf(topicAnswers, own('topic')),
    role: oneOf(roleAnswers, own('role')),
    age: oneOf(ageAnswers, own('age')),
    municipality:
      typeof municipality === 'string' && (municipality === UNKNOWN_MUNICIPALITY || municipalitySlugs.has(municipality))
        ? municipality
        : undefined,
  };
  for (const key of Object.keys(answers) as QuestionId[]) if (answers[key] === undefined) delete answers[key];
  return answers;
}

/** Whether `value` is an answer the guide offers for `question`. */
export function isValidAnswer(question: QuestionId, value: string, municipalitySlugs: ReadonlySet<string>): boolean {
  return sanitizeAnswers({ [question]: value }, municipalitySlugs)[question] === value;
}

export function withAnswer(answers: Answers, question: QuestionId, value: string): Answers {
  return { ...answers, [question]: value };
}

/** Longest query value the guide reads; longer ones are junk and ignored. */
export const MAX_PARAM_LENGTH = 512;

/**
 * One value of a query parameter as Next.js hands them over (a string, a
 * repeated parameter's array, or nothing). A repeated or oversized value is
 * ignored rather than guessed at.
 */
export function singleParam(value: string | string[] | undefined, maxLength = MAX_PARAM_LENGTH): string | undefined {
  if (typeof value !== 'string' || value.length > maxLength) return undefined;
  return value;
}
