import { z } from 'zod';
import { localeSchema } from '@/lib/content/schemas/common';
import { type SearchEngine } from './engine';

/** The list of realistic queries (tests/search/queries.yaml) and the page each should find. */
export const relevanceListSchema = z.strictObject({
  version: z.number().int().positive(),
  queries: z.array(
    z.strictObject({
      locale: localeSchema,
      q: z.string().min(1),
      page: z.string().startsWith('/'),
      /** Why the query cannot be run yet: its page is written elsewhere. */
      pending: z.string().min(1).optional(),
    }),
  ),
});
export type RelevanceList = z.infer<typeof relevanceListSchema>;
export type RelevanceQuery = RelevanceList['queries'][number];

/** Where the query's page comes in the results, from 1; undefined when it is not among them. */
export function rankOfPage(engine: SearchEngine, { locale, q, page }: RelevanceQuery, depth = 10): number | undefined {
  const index = engine.search(locale, q, { pageSize: depth }).hits.findIndex((hit) => hit.url === page);
  return index === -1 ? undefined : index + 1;
}

export interface RelevanceSummary {
  run: number;
  pending: number;
  first: number;
  topThree: number;
}

export function summarize(ranks: readonly (number | undefined)[], pending: number): RelevanceSummary {
  return {
    run: ranks.length,
    pending,
    first: ranks.filter((rank) => rank === 1).length,
    topThree: ranks.filter((rank) => rank !== undefined && rank <= 3).length,
  };
}

const percent = (part: number, whole: number) => `${whole === 0 ? 0 : Math.round((100 * part) / whole)} %`;

export function formatSummary(version: number, summary: RelevanceSummary): string {
  return (
    `Query list version ${version}: ${summary.run} queries run, ${summary.pending} pending; ` +
    `first ${summary.first} (${percent(summary.first, summary.run)}), ` +
    `top three ${summary.topThree} (${percent(summary.topThree, summary.run)})`
  );
}
