import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineFacets, fixedFacet } from './facets';

// A list like the advisory offers to come: each offer by the kinds of organisation it is for, and its regions.
interface Offer {
  name: string;
  kinds: ('municipality' | 'school' | 'association')[];
  regions: string[];
}

const offers: Offer[] = [
  { name: 'a', kinds: ['municipality'], regions: ['nord', 'syd'] },
  { name: 'b', kinds: ['school', 'association'], regions: ['syd'] },
  { name: 'c', kinds: ['school'], regions: [] },
];

const offerFacets = defineFacets<Offer>()({
  kind: fixedFacet(['municipality', 'school', 'association', 'prison'] as const, (offer: Offer) => offer.kinds),
  region: {
    values: (items) => [...new Set(items.flatMap((offer) => offer.regions))].sort(),
    of: (offer) => offer.regions,
    narrow: (offer, chosen) => ({
      ...offer,
      regions: chosen.length === 0 ? offer.regions : offer.regions.filter((r) => chosen.includes(r)),
    }),
  },
});

describe('defineFacets', () => {
  it('lists the facets in the order they were declared', () => {
    expect(offerFacets.names).toEqual(['kind', 'region']);
  });

  it('keeps an item that has any chosen value of a facet, and only items that pass every facet', () => {
    const names = (query: string) => offerFacets.select(offers, new URLSearchParams(query)).matches.map((offer) => offer.name);
    expect(names('')).toEqual(['a', 'b', 'c']);
    expect(names('kind=school&kind=municipality')).toEqual(['a', 'b', 'c']);
    expect(names('kind=school&region=syd')).toEqual(['b']);
    expect(names('region=nord&kind=association')).toEqual([]);
  });

  it('narrows a matching item where its facet says how', () => {
    const [offer] = offerFacets.select(offers, { region: 'nord' }).matches;
    expect(offer).toEqual({ name: 'a', kinds: ['municipality'], regions: ['nord'] });
  });

  it('reads repeated and comma-separated values, and reports values no option has', () => {
    const selection = offerFacets.select(offers, { kind: ['school,nonsense'], region: 'vest', other: 'x' });
    expect(selection.chosen).toEqual({ kind: ['school'], region: [] });
    expect(selection.ignored).toEqual([
      { key: 'kind', value: 'nonsense' },
      { key: 'region', value: 'vest' },
    ]);
    expect(selection.active).toBe(true);
    expect(offerFacets.select(offers, { other: 'x' }).active).toBe(false);
  });

  it('offers the values in use, in the declared order, plus a chosen one nobody has', () => {
    expect(offerFacets.select(offers, {}).options).toEqual({ kind: ['municipality', 'school', 'association'], region: ['nord', 'syd'] });
    expect(offerFacets.select(offers, { kind: 'prison' }).options.kind).toEqual(['municipality', 'school', 'association', 'prison']);
  });

  it('types each facet’s values as its own vocabulary', () => {
    const { chosen } = offerFacets.select(offers, {});
    expectTypeOf(chosen.kind).toEqualTypeOf<('municipality' | 'school' | 'association' | 'prison')[]>();
    expectTypeOf(chosen.region).toEqualTypeOf<string[]>();
  });
});
