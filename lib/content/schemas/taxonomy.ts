import { z } from 'zod';

/**
 * Who a course or publication is for. A fixed list, so the filters on /kurser
 * and /viden offer the same choices and a typo in content fails the build.
 */
export const audiences = [
  'infohus-coordinators',
  'infohus-staff',
  'municipal-professionals',
  'teachers',
  'ssp-staff',
  'police',
  'psychiatry',
  'prison-probation',
  'asylum',
  'secure-institutions',
] as const;
export const audienceSchema = z.enum(audiences);
export type Audience = z.infer<typeof audienceSchema>;

/** Subjects shared by courses and publications. */
export const themes = [
  'infohus',
  'assessment',
  'conversations',
  'reporting',
  'online',
  'children-youth',
  'civil-society',
  'social-control',
  'case-learning',
] as const;
export const themeSchema = z.enum(themes);
export type Theme = z.infer<typeof themeSchema>;

/** A slug taken from a file name: lower case a-z, 0-9 and -. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugSchema = z.string().regex(slugPattern, { error: 'must be lower case a-z, 0-9 and - (no æ, ø, å)' });

/** A list without repeats, so a filter never counts one thing twice. */
export function uniqueList<T extends z.ZodType>(item: T) {
  return z.array(item).refine((list) => new Set(list).size === list.length, { error: 'lists the same value twice' });
}
