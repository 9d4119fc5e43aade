import { describe, expect, it } from 'vitest';
import {
  createMunicipalityLookup,
  districtOfMunicipality,
  editDistance,
  looseKey,
  MAX_QUERY_LENGTH,
  type MunicipalityLookup,
  strictKey,
} from './municipality';
import { realConcern } from './test-data';

const concern = realConcern();
const lookup = createMunicipalityLookup(concern);

function foundSlug(result: MunicipalityLookup): string | undefined {
  return result.kind === 'found' ? result.municipality.slug : undefined;
}

function candidateNames(result: MunicipalityLookup): string[] {
  return result.kind === 'ambiguous' ? result.candidates.map((m) => m.name).sort() : [];
}

/** How people may type a name: what the issue asks the lookup to accept. */
function spellings(name: string): string[] {
  const digraphs = name
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .replaceAll('Æ', 'Ae')
    .replaceAll('Ø', 'Oe')
    .replaceAll('Å', 'Aa');
  return [
    name,
    name.toUpperCase(),
    name.toLowerCase(),
    `${name} Kommune`,
    `${name} kommune`.toLowerCase(),
    `  ${name}  `,
    digraphs,
    digraphs.toLowerCase(),
    name.replaceAll('-', ' '),
    digraphs.replaceAll('-', ' ') + ' KOMMUNE',
    name.normalize('NFD'),
  ];
}

describe('the lookup on all 98 municipalities', () => {
  it('has 98 municipalities to look up', () => {
    expect(concern.municipalities).toHaveLength(98);
  });

  it.each(concern.municipalities.map((m) => [m.name, m] as const))('finds %s however it is typed', (_, municipality) => {
    for (const typed of spellings(municipality.name)) {
      const result = lookup(typed);
      expect(foundSlug(result), `"${typed}"`).toBe(municipality.slug);
      expect(result.kind === 'found' && result.district.slug).toBe(municipality.district);
    }
  });

  it('finds each municipality by its exact name as an exact match', () => {
    const notExact = concern.municipalities.filter((m) => {
      const result = lookup(m.name);
      return result.kind !== 'found' || result.match !== 'exact';
    });
    expect(notExact).toEqual([]);
  });

  it('gives every municipality distinct keys, so no name hides another', () => {
    const strict = concern.municipalities.map((m) => strictKey(m.name));
    const loose = concern.municipalities.map((m) => looseKey(m.name));
    expect(new Set(strict).size).toBe(98);
    expect(new Set(loose).size).toBe(98);
  });
});

describe('tricky spellings', () => {
  it.each([
    ['Lyngby', 'lyngby-taarbaek'],
    ['lyngby taarbæk', 'lyngby-taarbaek'],
    ['Taarbæk', 'lyngby-taarbaek'],
    ['Høje Tåstrup', 'hoeje-taastrup'],
    ['Hoeje-Taastrup Kommune', 'hoeje-taastrup'],
    ['Taastrup', 'hoeje-taastrup'],
    ['Århus', 'aarhus'],
    ['Arhus', 'aarhus'],
    ['Aarhus Kommune', 'aarhus'],
    ['Aarhus C', 'aarhus'],
    ['Åbenrå', 'aabenraa'],
    ['Horsholm', 'hoersholm'],
    ['Koge', 'koege'],
    ['Ærø', 'aeroe'],
    ['Aeroe', 'aeroe'],
    ['Aero', 'aeroe'],
    ['Københavns Kommune', 'koebenhavn'],
    ['Koebenhavn', 'koebenhavn'],
    ['Copenhagen', 'koebenhavn'],
    ['Copenhagen Municipality', 'koebenhavn'],
    ['Elsinore', 'helsingoer'],
    ['Bornholms Regionskommune', 'bornholm'],
    ['Vesthimmerlands Kommune', 'vesthimmerland'],
    ['Nordfyn', 'nordfyns'],
    ['Nordfyns Kommune', 'nordfyns'],
    ['Faaborg', 'faaborg-midtfyn'],
    ['Midtfyn', 'faaborg-midtfyn'],
    ['Ringkøbing', 'ringkoebing-skjern'],
    ['Skjern', 'ringkoebing-skjern'],
    ['Ikast', 'ikast-brande'],
    ['Odensee', 'odense'],
    ['Silkebrog', 'silkeborg'],
    ['Frederiksbjerg', 'frederiksberg'],
    ['Sønderborg ', 'soenderborg'],
    ['Hel', 'helsingoer'],
    ['TÅRNBY', 'taarnby'],
    ['Bornholm', 'bornholm'],
  ])('"%s" finds %s', (typed, slug) => {
    expect(foundSlug(lookup(typed))).toBe(slug);
  });

  it('says whether it used the whole name, the start of one, or guessed a typo', () => {
    expect(lookup('Odense')).toMatchObject({ kind: 'found', match: 'exact' });
    expect(lookup('Lyngby')).toMatchObject({ kind: 'found', match: 'prefix' });
    expect(lookup('Odensee')).toMatchObject({ kind: 'found', match: 'typo' });
  });

  it('lists the candidates when the input fits several', () => {
    expect(candidateNames(lookup('Frederiks'))).toEqual(['Frederiksberg', 'Frederikshavn', 'Frederikssund']);
    expect(candidateNames(lookup('Hol'))).toEqual(['Holbæk', 'Holstebro']);
    expect(candidateNames(lookup('od'))).toEqual(['Odder', 'Odense', 'Odsherred']);
    expect(candidateNames(lookup('Vejlen'))).toEqual(['Vejen', 'Vejle']);
    expect(candidateNames(lookup('Brønd'))).toEqual(['Brøndby', 'Brønderslev']);
  });

  it('prefers the exact name over names it starts', () => {
    expect(foundSlug(lookup('Vejle'))).toBe('vejle');
    expect(foundSlug(lookup('Lolland'))).toBe('lolland');
    expect(foundSlug(lookup('Greve'))).toBe('greve');
  });

  it.each(['Nuuk', 'Ilulissat', 'Tórshavn', 'Sisimiut', 'Qwerty', 'Odxnxe', 'Kastrupvej 12', 'Nakskov', 'Fyn', 'Sverige'])(
    'does not find "%s"',
    (typed) => {
      expect(lookup(typed)).toEqual({ kind: 'not-found' });
    },
  );

  it('treats an empty input and one of only punctuation or the word "Kommune" as empty', () => {
    for (const typed of ['', '   ', '--', 'Kommune', '!?']) expect(lookup(typed)).toEqual({ kind: 'invalid', reason: 'empty' });
  });

  it('refuses an input longer than any name', () => {
    expect(lookup('a'.repeat(MAX_QUERY_LENGTH + 1))).toEqual({ kind: 'invalid', reason: 'too-long' });
    expect(lookup('Aarhus'.padEnd(MAX_QUERY_LENGTH, ' ')).kind).toBe('found');
  });

  it('survives odd input without throwing', () => {
    for (const typed of ['<script>', '%%%', '\u0000', '😀', 'a'.repeat(MAX_QUERY_LENGTH), 'DROP TABLE;']) {
      expect(() => lookup(typed)).not.toThrow();
    }
  });
});

describe('helpers', () => {
  it('editDistance counts a swap of two neighbours as one edit', () => {
    expect(editDistance('silkeborg', 'silkebrog')).toBe(1);
    expect(editDistance('odense', 'odense')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('districtOfMunicipality finds the district by slug', () => {
    expect(districtOfMunicipality(concern, 'gladsaxe')?.district.slug).toBe('koebenhavns-vestegn');
    expect(districtOfMunicipality(concern, 'nuuk')).toBeUndefined();
  });
});
