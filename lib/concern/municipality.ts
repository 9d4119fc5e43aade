import { type Concern, type Municipality } from '@/lib/content/concern';
import { type District } from '@/lib/content/schemas/concern';

/** Longest input the lookup reads; the longest municipality name is far shorter. */
export const MAX_QUERY_LENGTH = 60;

export type MunicipalityLookup =
  | {
      kind: 'found';
      municipality: Municipality;
      district: District;
      /** `prefix` and `typo` mean the input was not the full name: the page says which name it used. */
      match: 'exact' | 'prefix' | 'typo';
    }
  | { kind: 'ambiguous'; candidates: Municipality[] }
  | { kind: 'not-found' }
  | { kind: 'invalid'; reason: 'empty' | 'too-long' };

/** Words people add to a name that are not part of it. */
const NOISE_WORDS = new Set(['kommune', 'kommunes', 'regionskommune', 'municipality']);

/**
 * The spelling-neutral form of a name: lower case; æ, ø, å written ae, oe, aa;
 * "Kommune" dropped; spaces and hyphens gone. "Lyngby Taarbæk Kommune",
 * "lyngby-taarbaek" and "LYNGBY-TAARBÆK" all become `lyngbytaarbaek`.
 */
export function strictKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('da')
    .replaceAll('æ', 'ae')
    .replaceAll('ä', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('ö', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !NOISE_WORDS.has(word))
    .join('');
}

/**
 * A looser form for people who leave the Danish letters out altogether:
 * "Horsholm" for Hørsholm, "Arhus" for Aarhus, "Koge" for Køge.
 */
export function looseKey(text: string): string {
  return strictKey(text).replaceAll('aa', 'a').replaceAll('oe', 'o').replaceAll('ae', 'a');
}

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i]!;
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
      }
    }
  }
  return rows[a.length]![b.length]!;
}

/** How many typing mistakes a query of this length may hold and still be recognised. */
function typoAllowance(length: number): number {
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}

interface Entry {
  municipality: Municipality;
  /** Whole names (the name and its aliases), strict and loose. */
  names: string[];
  /** The parts of hyphenated names, e.g. `taarbaek` of Lyngby-Taarbæk, strict and loose. */
  parts: string[];
}

function entryFor(municipality: Municipality): Entry {
  const wholeNames = [municipality.name, ...municipality.aliases];
  const names = wholeNames.flatMap((name) => [strictKey(name), looseKey(name)]);
  const parts = wholeNames
    .flatMap((name) => name.split(/[-\s]+/))
    .flatMap((part) => [strictKey(part), looseKey(part)])
    .filter((part) => part !== '');
  return { municipality, names: [...new Set(names)], parts: [...new Set(parts)] };
}

function unique(municipalities: Municipality[]): Municipality[] {
  return [...new Map(municipalities.map((m) => [m.slug, m])).values()];
}

/**
 * Builds the lookup once per data set. It tries, in order: the exact name
 * (any case, with or without "Kommune", aa/å, oe/ø, ae/æ, spaces for
 * hyphens), the name with a genitive s ("Københavns Kommune"), the start of
 * the name or of one of its parts ("Lyngby", "Taarbæk"), and last a name
 * within a typo or two. Several names matching at the same step is an
 * ambiguous answer; the candidates are listed for the person to choose.
 */
export function createMunicipalityLookup(concern: Pick<Concern, 'districts' | 'municipalities'>) {
  const entries = concern.municipalities.map(entryFor);
  const districts = new Map(concern.districts.map((district) => [district.slug, district]));

  const answer = (found: Municipality[], match: 'exact' | 'prefix' | 'typo'): MunicipalityLookup | undefined => {
    const candidates = unique(found);
    if (candidates.length === 0) return undefined;
    if (candidates.length > 1) return { kind: 'ambiguous', candidates };
    const municipality = candidates[0]!;
    const district = districts.get(municipality.district);
    return district ? { kind: 'found', municipality, district, match } : { kind: 'not-found' };
  };

  return function lookupMunicipality(query: string): MunicipalityLookup {
    const trimmed = query.trim();
    if (trimmed.length > MAX_QUERY_LENGTH) return { kind: 'invalid', reason: 'too-long' };
    const keys = [...new Set([strictKey(trimmed), looseKey(trimmed)])].filter((key) => key !== '');
    if (keys.length === 0) return { kind: 'invalid', reason: 'empty' };
    const matching = (test: (entry: Entry) => boolean) => entries.filter(test).map((entry) => entry.municipality);

    const genitive = keys.filter((key) => key.length > 3 && key.endsWith('s')).map((key) => key.slice(0, -1));
    return (
      answer(
        matching((entry) => keys.some((key) => entry.names.includes(key))),
        'exact',
      ) ??
      answer(
        matching((entry) => genitive.some((key) => entry.names.includes(key))),
        'exact',
      ) ??
      answer(
        matching((entry) => keys.some((key) => [...entry.names, ...entry.parts].some((name) => name.startsWith(key)))),
        'prefix',
      ) ??
      answer(
        matching((entry) => keys.some((key) => entry.names.some((name) => editDistance(key, name) <= typoAllowance(key.length)))),
        'typo',
      ) ?? { kind: 'not-found' }
    );
  };
}

/** The district whose infohus serves a municipality, by the municipality's slug. */
export function districtOfMunicipality(
  concern: Pick<Concern, 'districts' | 'municipalities'>,
  slug: string,
): { municipality: Municipality; district: District } | undefined {
  const municipality = concern.municipalities.find((m) => m.slug === slug);
  const district = municipality && concern.districts.find((d) => d.slug === municipality.district);
  return municipality && district ? { municipality, district } : undefined;
}
