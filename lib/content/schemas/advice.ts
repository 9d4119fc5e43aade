import { z } from 'zod';
import { adviceOrganisations } from '../vocabulary';
import { internalPathSchema, localizedTextSchema, sourceSchema } from './common';
import { slugSchema, uniqueList } from './taxonomy';

export const adviceOrganisationSchema = z.enum(adviceOrganisations);

/**
 * One file in content/raadgivning/: an advisory offer of the centre. Every field holds facts from
 * the centre's own overview (../shared/facts/centeret.md); nothing here is a date, price or name
 * that the facts do not give, so there are no such fields.
 */
export const adviceOfferSchema = z.strictObject({
  /** Position in the list on /for-kommuner (lowest first). */
  order: z.number().int().min(1),
  title: localizedTextSchema,
  /** One or two sentences: what the offer is about. */
  summary: localizedTextSchema,
  /** Who may ask for it: the kinds of organisation the facts name. */
  organisations: uniqueList(adviceOrganisationSchema).min(1, { error: 'needs at least one kind of organisation' }),
  /** What the organisation gets, one short line each. */
  provides: z.array(localizedTextSchema).min(1, { error: 'needs at least one line on what the organisation gets' }),
  /** Slugs of courses in content/kurser/ that belong to the offer. */
  courses: uniqueList(slugSchema).default([]),
  /** Slugs of tools and other entries in content/viden/ that belong to the offer. */
  tools: uniqueList(slugSchema).default([]),
  /** The activity page the offer belongs to, e.g. /indsatser/raadgivning (must exist in both languages). */
  activity: internalPathSchema,
  /** Where the facts were read. */
  source: sourceSchema,
});

export type AdviceOfferData = z.infer<typeof adviceOfferSchema>;
