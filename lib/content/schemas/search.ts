import { z } from 'zod';
import { localeSchema } from './common';

/** A word or short phrase as people type it: letters, digits, spaces and hyphens. */
const searchWordSchema = z
  .string()
  .trim()
  .min(2)
  .max(60)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} -]*$/u, { error: 'must be letters, digits, spaces and hyphens, e.g. info-hus' });

/**
 * One line of content/search/synonyms.yaml.
 * Without `means`, the words are equivalent: searching any of them also finds
 * the others (radikalisering ↔ ekstremisme). With `means`, the words are
 * variants people type that should also find `means` (info-hus → infohus),
 * but not the other way round.
 * `page` is where people searching these words should land (checked to exist
 * at content:check, and by a test to come first or in the top three); the
 * words also count as that page's keywords.
 */
export const searchSynonymSchema = z
  .strictObject({
    locale: localeSchema,
    words: z.array(searchWordSchema).min(1),
    means: searchWordSchema.optional(),
    page: z.string().regex(/^\/[a-z0-9\-/]*$/, { error: 'must be a path of the site without language prefix, e.g. /kurser' }),
  })
  .superRefine((entry, context) => {
    if (!entry.means && entry.words.length < 2) {
      context.addIssue({ code: 'custom', path: ['words'], message: 'needs two or more words, or a `means` they lead to' });
    }
    const seen = new Set<string>();
    for (const word of [...entry.words, ...(entry.means ? [entry.means] : [])]) {
      const key = word.toLowerCase();
      if (seen.has(key)) context.addIssue({ code: 'custom', path: ['words'], message: `"${word}" is listed twice` });
      seen.add(key);
    }
  });

export const searchSynonymsFileSchema = z.array(searchSynonymSchema);
export type SearchSynonym = z.infer<typeof searchSynonymSchema>;
