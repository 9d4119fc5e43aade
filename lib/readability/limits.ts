/** Highest LIX a Danish page may have. */
export interface LixLimit {
  /** Pages whose path is this prefix or lies below it. */
  pathPrefix: string;
  max: number;
}

/**
 * The concern guide is read by worried parents under stress, so it is held
 * to easier text than the rest of the portal. The first matching entry wins.
 */
export const LIX_LIMITS: readonly LixLimit[] = [{ pathPrefix: '/bekymring', max: 35 }];

export const DEFAULT_LIX_LIMIT = 40;

export function lixLimitFor(pagePath: string): number {
  const match = LIX_LIMITS.find(({ pathPrefix }) => pagePath === pathPrefix || pagePath.startsWith(`${pathPrefix}/`));
  return match?.max ?? DEFAULT_LIX_LIMIT;
}
