import { organisationKinds, type RegistrationValues } from './registration';

/**
 * "Tilmeld en kollega": the next form starts with the same kind of workplace and, for a
 * municipality, the same municipality. Only those go into the address, never a typed workplace:
 * a kind from a fixed list and one of the 98 municipality names say nothing about a person, while
 * free text might (a one-person firm is named after its owner).
 */
const KIND_PARAM = 'arbejdsplads';
const MUNICIPALITY_PARAM = 'kommune';

type Query = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string {
  return typeof value === 'string' ? value : '';
}

/** The query the receipt's "register a colleague" link passes on, from the sent form ('' when there is nothing to keep). */
export function colleagueQuery(form: FormData, municipalities: readonly string[]): string {
  const kind = form.get('organisationKind');
  const municipality = form.get('municipality');
  if (typeof kind !== 'string' || !(organisationKinds as readonly string[]).includes(kind)) return '';
  const query = new URLSearchParams({ [KIND_PARAM]: kind });
  if (kind === 'municipality' && typeof municipality === 'string' && municipalities.includes(municipality))
    query.set(MUNICIPALITY_PARAM, municipality);
  return `?${query}`;
}

/** The form's starting values from such a query; anything not on the lists is ignored. */
export function colleaguePrefill(query: Query, municipalities: readonly string[]): Partial<RegistrationValues> {
  const kind = single(query[KIND_PARAM]);
  if (!(organisationKinds as readonly string[]).includes(kind)) return {};
  const municipality = single(query[MUNICIPALITY_PARAM]);
  return kind === 'municipality' && municipalities.includes(municipality)
    ? { organisationKind: kind, municipality }
    : { organisationKind: kind };
}

/** The query string of the current receipt address, to pass on to the colleague's form. */
export function colleagueSearch(query: Query, municipalities: readonly string[]): string {
  const prefill = colleaguePrefill(query, municipalities);
  if (!prefill.organisationKind) return '';
  const params = new URLSearchParams({ [KIND_PARAM]: prefill.organisationKind });
  if (prefill.municipality) params.set(MUNICIPALITY_PARAM, prefill.municipality);
  return `?${params}`;
}
