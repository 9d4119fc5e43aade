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
  { pathPrefix: '/kurser', max: 50, belowOnly: true },
  { pathPrefix: '/viden', max: 50, belowOnly: true },
];

export const DEFAULT_LIX_LIMIT = 40;

export function lixLimitFor(pagePath: string): number {
  const match = LIX_LIMITS.find(
    ({ pathPrefix, belowOnly }) => (!belowOnly && pagePath === pathPrefix) || pagePath.startsWith(`${pathPrefix}/`),
  );
  return match?.max ?? DEFAULT_LIX_LIMIT;
}
