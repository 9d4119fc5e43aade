import { z } from 'zod';
import { isoDateSchema, localizedTextSchema, sourceSchema } from './common';
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
  /**
   * Where it comes from: the page that describes it, named for the reader
   * ("the centre's overview of its activities"), so a visitor can see the
   * origin and an editor can check the description again.
   */
  source: sourceSchema.extend({ name: localizedTextSchema }),
  /** Slugs of courses in content/kurser/ that teach it. */
  courses: uniqueList(slugSchema).default([]),
  /**
   * When it was first put on the portal, which the feed announces as new.
   * Leave out for what has been on the portal from the start: the feed then
   * does not announce it, and no date is made up.
   */
  published: isoDateSchema.optional(),
});

export type PublicationData = z.infer<typeof publicationSchema>;
