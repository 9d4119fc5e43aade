import { MAX_QUERY_LENGTH } from './municipality';

/** The `kommune` query parameter of the lookup page and the JSON API. */
export const LOOKUP_PARAM = 'kommune';

export type LookupParam =
  { kind: 'absent' } | { kind: 'invalid'; reason: 'empty' | 'too-long' | 'repeated' } | { kind: 'query'; query: string };

/** Reads every value given for the parameter; anything but one short name is invalid, never an exception. */
export function readLookupParam(values: readonly string[]): LookupParam {
  if (values.length === 0) return { kind: 'absent' };
  if (values.length > 1) return { kind: 'invalid', reason: 'repeated' };
  const value = values[0]!;
  if (value.trim() === '') return { kind: 'invalid', reason: 'empty' };
  if (value.trim().length > MAX_QUERY_LENGTH) return { kind: 'invalid', reason: 'too-long' };
  return { kind: 'query', query: value.trim() };
}

/** Next.js hands a query parameter over as a string, an array of strings, or nothing. */
export function paramValues(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}
