import { z } from 'zod';

import { type Locale, locales } from '@/lib/i18n/routing';

export { type Locale, locales };
export const localeSchema = z.enum(locales);

/** A calendar date written `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });

/** A path on this portal, e.g. `/indsatser/infohuse` (no locale prefix). */
export const internalPathSchema = z
  .string()
  .regex(/^\/[a-z0-9\-/]*$/, { error: 'must be a path on the portal starting with /, in lower case' });

/** Text given in both languages. */
export const localizedTextSchema = z.object({ da: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Where a fact was read, so an editor can check it again. */
export const sourceSchema = z.object({
  url: z.url(),
  checked: isoDateSchema.optional(),
});
