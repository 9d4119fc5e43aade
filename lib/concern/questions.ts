/**
 * The questions of the concern guide, in the order they are asked, and the
 * answers each one takes. Texts live in messages (namespace Concern); these
 * codes never reach the address bar (see token.ts).
 */
export const questionIds = ['danger', 'topic', 'role', 'age', 'municipality'] as const;
export type QuestionId = (typeof questionIds)[number];

export const dangerAnswers = ['yes', 'no'] as const;
export const topicAnswers = ['person', 'online', 'hate', 'self'] as const;
export const roleAnswers = [
  'relative',
  'school',
  'social',
  'health',
  'psychiatry',
  'prison-probation',
  'asylum',
  'secure-institution',
  'police',
  'other',
] as const;
export const ageAnswers = ['under-18', 'adult', 'unknown'] as const;
/** The municipality answer is a municipality slug, or this when the person does not know. */
export const UNKNOWN_MUNICIPALITY = 'unknown';

export type DangerAnswer = (typeof dangerAnswers)[number];
export type TopicAnswer = (typeof topicAnswers)[number];
export type RoleAnswer = (typeof roleAnswers)[number];
export type AgeAnswer = (typeof ageAnswers)[number];

export interface Answers {
  danger?: DangerAnswer;
  topic?: TopicAnswer;
  role?: RoleAnswer;
  age?: AgeAnswer;
  /** A municipality slug from content/concern, or UNKNOWN_MUNICIPALITY. */
  municipality?: string;
}

/** Roles of people who meet the concern at work in a public service (the duty to notify applies to them). */
export const professionalRoles: ReadonlySet<RoleAnswer> = new Set(roleAnswers.filter((role) => role !== 'relative' && role !== 'other'));

/**
 * The sectors that have an agreed procedure (sagsgang) for passing a concern to the infohus:
 * psychiatry, the Prison and Probation Service, the asylum area and secure institutions. Schools,
 * social services and the police have none, and the guide must not tell them otherwise.
 */
export const rolesWithProcedure: ReadonlySet<RoleAnswer> = new Set(['psychiatry', 'prison-probation', 'asylum', 'secure-institution']);

/** The URL segment of each question page, the same in Danish and English. */
export const questionSegments: Record<QuestionId, string> = {
  danger: 'fare',
  topic: 'emne',
  role: 'rolle',
  age: 'alder',
  municipality: 'kommune',
};

export const RESULT_SEGMENT = 'resultat';

export function questionForSegment(segment: string): QuestionId | undefined {
  return questionIds.find((id) => questionSegments[id] === segment);
}

/** The fixed choices of a question; the municipality's choices come from content. */
export function fixedOptions(question: Exclude<QuestionId, 'municipality'>): readonly string[] {
  switch (question) {
    case 'danger':
      return dangerAnswers;
    case 'topic':
      return topicAnswers;
    case 'role':
      return roleAnswers;
    case 'age':
      return ageAnswers;
  }
}
