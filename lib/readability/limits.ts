/** Highest LIX a Danish page may have. */
export interface LixLimit {
  /** Pages whose path is this prefix or lies below it. */
  pathPrefix: string;
  max: number;
  /** Only the pages below the prefix, not the page at it. */
  belowOnly?: boolean;
}

/**
 * The concern guide is read by worried parents under stress, so it is held
 * to easier text than the rest of the portal. The detail pages of courses and
 * of the knowledge library are a page type for professionals (infohus
 * coordinators, municipal staff) and carry the names of procedures and
 * institutions; they are held to 50 and measured like the rest (they score
 * 42–49 today: a known debt). The first matching entry wins.
 */
export const LIX_LIMITS: readonly LixLimit[] = [
  { pathPrefix: '/bekymring', max: 35 },
  // The pages a worried parent reaches from the guide are read the same way.
  { pathPrefix: '/tegn-paa-bekymring', max: 35 },
  { pathPrefix: '/hvad-sker-der', max: 35 },
  { pathPrefix: '/hvad-er-ekstremisme', max: 35 },
  // The lists are made of their entries' titles and summaries (professional terms such as
  // "bekymringsvurdering"), so they are held to the entries' limit; since the lists are
  // prerendered again (not per request) the report reads them too.
  { pathPrefix: '/kurser', max: 50 },
  { pathPrefix: '/viden', max: 50 },
];

export const DEFAULT_LIX_LIMIT = 40;

function covers({ pathPrefix, belowOnly }: { pathPrefix: string; belowOnly?: boolean }, pagePath: string): boolean {
  return (!belowOnly && pagePath === pathPrefix) || pagePath.startsWith(`${pathPrefix}/`);
}

export function lixLimitFor(pagePath: string): number {
  return LIX_LIMITS.find((limit) => covers(limit, pagePath))?.max ?? DEFAULT_LIX_LIMIT;
}

/**
 * Who a page is written for, which decides how long its sentences should be.
 * `professional`: pages for professionals and municipalities, which use the
 * established terms in whole sentences; `guide`: the concern guide's steps,
 * one short question at a time; `listing`: the printed course catalogues, whose text is each
 * run's dates, place and status, not prose; `citizen`: everything else.
 */
export type PageType = 'professional' | 'guide' | 'listing' | 'citizen';

export const PAGE_TYPES: readonly { pathPrefix: string; type: PageType; belowOnly?: boolean }[] = [
  { pathPrefix: '/bekymring', type: 'guide' },
  { pathPrefix: '/kurser/katalog', type: 'listing', belowOnly: true },
  { pathPrefix: '/for-fagpersoner', type: 'professional' },
  { pathPrefix: '/for-kommuner', type: 'professional' },
  { pathPrefix: '/indsatser', type: 'professional' },
  { pathPrefix: '/kurser', type: 'professional' },
  { pathPrefix: '/viden', type: 'professional' },
];

export function pageTypeFor(pagePath: string): PageType {
  return PAGE_TYPES.find((entry) => covers(entry, pagePath))?.type ?? 'citizen';
}

/** Bounds on the sentence-length figures of lib/readability/sentence-length.ts. */
export interface SentenceLimit {
  minAverageWords: number;
  maxAverageWords: number;
  /** Highest share (0–1) of sentences of six words or fewer. */
  maxShortShare: number;
}

/**
 * Professional pages: 10–16 words a sentence on average and at most one
 * sentence in five very short, so the prose neither chops an argument into
 * fragments nor piles up clauses. Citizen pages may be plainer and shorter;
 * the guide's steps are mostly one-line questions and hints. No page type
 * may average more than 16 words: a longer average is hard for everyone.
 * Below the minimum sentence count the share is noise, so it is not judged.
 */
export const SENTENCE_LIMITS: Record<PageType, SentenceLimit> = {
  professional: { minAverageWords: 10, maxAverageWords: 16, maxShortShare: 0.2 },
  citizen: { minAverageWords: 7, maxAverageWords: 16, maxShortShare: 0.4 },
  guide: { minAverageWords: 5, maxAverageWords: 16, maxShortShare: 0.6 },
  // Facts in lines ("tirsdag den 23. marts kl. 09.00–16.00"): short by nature; long ones still fail.
  listing: { minAverageWords: 0, maxAverageWords: 16, maxShortShare: 1 },
};

/** Fewer prose sentences than this, and a page's sentence figures are not judged. */
export const MIN_SENTENCES_JUDGED = 5;

export function sentenceLimitFor(pagePath: string): SentenceLimit {
  return SENTENCE_LIMITS[pageTypeFor(pagePath)];
}
