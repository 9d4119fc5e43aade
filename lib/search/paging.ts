/** One entry of the pager: a page number, or a gap standing for the pages left out. */
export type PagerItem = { kind: 'page'; page: number; current: boolean } | { kind: 'gap'; key: string };

/**
 * The page numbers to link to: always the first and last, the current page
 * and `around` pages either side, with a gap where pages are left out, so
 * the pager stays short however many pages there are.
 */
export function pagerItems(page: number, pageCount: number, around = 2): PagerItem[] {
  if (pageCount <= 1) return [];
  const shown = new Set([1, pageCount]);
  for (let offset = -around; offset <= around; offset++) {
    const candidate = page + offset;
    if (candidate >= 1 && candidate <= pageCount) shown.add(candidate);
  }
  const items: PagerItem[] = [];
  let previous = 0;
  for (const number of [...shown].sort((a, b) => a - b)) {
    if (number - previous === 2) items.push({ kind: 'page', page: previous + 1, current: false });
    else if (number - previous > 2) items.push({ kind: 'gap', key: `gap-${previous}` });
    items.push({ kind: 'page', page: number, current: number === page });
    previous = number;
  }
  return items;
}

/** The search page's own URL for a query and page; page 1 is left out of the address. */
export function searchHref(basePath: string, query: string, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set('page', String(page));
  return `${basePath}?${params.toString()}`;
}
