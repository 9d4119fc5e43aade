import { z } from 'zod';
import { localizedTextSchema, sourceSchema } from './common';

/**
 * A place a person can turn to. Phone numbers live here only, once, so one
 * edit changes every page and the concern guide.
 */
export const contactSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: localizedTextSchema,
  description: localizedTextSchema,
  /** As dialled in Denmark, e.g. `41 74 90 90`. */
  phone: z
    .string()
    .regex(/^\d{2,3}( \d{2}){0,3}$/, { error: 'must be digits in groups, e.g. 41 74 90 90' })
    .optional(),
  /** As dialled from abroad, e.g. `+45 41 74 90 90`. */
  phoneInternational: z
    .string()
    .regex(/^\+\d+( \d{2}){1,4}$/)
    .optional(),
  hours: localizedTextSchema.optional(),
  anonymous: z.boolean().default(false),
  url: z.url().optional(),
  source: sourceSchema,
});

export const contactsFileSchema = z.array(contactSchema).min(1);
export type Contact = z.infer<typeof contactSchema>;
