import { z } from 'zod';
import { audiences, slugPattern, themes } from '../vocabulary';

export { audiences, themes };

export const audienceSchema = z.enum(audiences);
export type Audience = z.infer<typeof audienceSchema>;

export const themeSchema = z.enum(themes);
export type Theme = z.infer<typeof themeSchema>;

export const slugSchema = z.string().regex(slugPattern, { error: 'must be lower case a-z, 0-9 and - (no æ, ø, å)' });

/** A list without repeats, so a filter never counts one thing twice. */
export function uniqueList<T extends z.ZodType>(item: T) {
  return z.array(item).refine((list) => new Set(list).size === list.length, { error: 'lists the same value twice' });
}
