import { z } from 'zod';
import { isoDateSchema, localizedTextSchema } from './common';
import { publicationTypes } from '../vocabulary';
import { audienceSchema, slugSchema, themeSchema, uniqueList } from './taxonomy';

export const publicationTypeSchema = z.enum(publicationTypes);
export type PublicationType = z.infer<typeof publicationTypeSchema>;

/** One file in content/viden/: a report, summary, podcast, tool or guideline. */
export const publicationSchema = z.strictObject({
  type: publicationTypeSchema,
  title: localizedTextSchema,
  summary: localizedTextSchema,
  /** Paragraphs separated by a blank line. */
  description: localizedTextSchema.optional(),
  themes: uniqueList(themeSchema).min(1, { error: 'needs at least one theme' }),
  audience: uniqueList(audienceSchema).min(1, { error: 'needs at least one audience' }),
  /** The year it came out; leave out when not known. */
  year: z.number().int().min(1990).max(2100).optional(),
  /** A file the portal serves from public/, e.g. /filer/rapport.pdf. */
  download: z
    .string()
    .regex(/^\/filer\/[a-z0-9\-/]+\.(pdf|docx|xlsx|mp3)$/, { error: 'must be a file under /filer/, e.g. /filer/rapport.pdf' })
    .optional(),
  /** Where it is published elsewhere (the centre's own site, a podcast service). */
  url: z.url().optional(),
  /** Slugs of courses in content/kurser/ that teach it. */
  courses: uniqueList(slugSchema).default([]),
  /** When it was put on the portal (the feed's date). */
  published: isoDateSchema,
});

export type PublicationData = z.infer<typeof publicationSchema>;
