/** Search params as Next.js hands them to a page, or as a URL holds them. */
export type SearchParamsInput = Record<string, string | string[] | undefined> | URLSearchParams;

/** Every value given for `key`, trimmed, empties dropped: `?a=x&a=y`, `?a=x,y` and `?a=` all work. */
export function readValues(params: SearchParamsInput, key: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(key) : [params[key] ?? []].flat();
  return raw
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
}

/** A value in the URL that no option matches; the page names it in a notice and carries on. */
export interface IgnoredValue {
  key: string;
  value: string;
}

/** The known values of one filter, in the order of `allowed`, and what was not recognised. */
export function parseChoices<T extends string>(
  params: SearchParamsInput,
  key: string,
  allowed: readonly T[],
): { values: T[]; ignored: IgnoredValue[] } {
  const given = new Set(readValues(params, key));
  const values = allowed.filter((option) => given.has(option));
  const ignored = [...given]
    .filter((value) => !(allowed as readonly string[]).includes(value))
    .map((value) => ({ key, value: value.length > 40 ? `${value.slice(0, 40)}…` : value }));
  return { values, ignored };
}

/** True when a filter with chosen values does not include any of `have`. */
export function excludedBy<T>(chosen: readonly T[], have: readonly T[]): boolean {
  return chosen.length > 0 && !have.some((value) => chosen.includes(value));
}
