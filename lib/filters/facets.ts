import { excludedBy, type IgnoredValue, parseChoices, type SearchParamsInput } from './params';

/**
 * One way to narrow a list (a checkbox group of its filter form): which values
 * exist and which of them an item has. Courses, publications and any later
 * list declare their facets and get parsing, filtering and the form's options
 * from `defineFacets`.
 */
export interface Facet<Item, Value extends string> {
  /** Every value, in the order the form lists them: a fixed vocabulary, or what the items hold (years, catalogues). */
  values(items: readonly Item[]): readonly Value[];
  /** The values one item has; undefined for a field the item leaves out. */
  of(item: Item): readonly (Value | undefined)[];
  /** A matching item cut down to the parts the chosen values pick (a course to the runs of the chosen catalogues). */
  narrow?(item: Item, chosen: readonly Value[]): Item;
}

type FacetSet<Item> = Record<string, Facet<Item, string>>;

/** The chosen (or offered) values of every facet, keyed by the facet's name in the URL. */
export type FacetValues<F> = { [K in keyof F]: F[K] extends { values(items: never): readonly (infer Value)[] } ? Value[] : never };

/** A list as the filter form shows it: what was asked for, what matched and what the form offers. */
export interface FacetSelection<Item, F> {
  /** The values read from the URL, per facet. */
  chosen: FacetValues<F>;
  /** Values in the URL that no option matches: named on the page, never an error. */
  ignored: IgnoredValue[];
  /** Whether any facet has a chosen value. */
  active: boolean;
  /** The items matching every facet (any chosen value within a facet), narrowed where a facet narrows. */
  matches: Item[];
  /** The values each facet offers: those some item has, plus any chosen now so the form shows them ticked. */
  options: FacetValues<F>;
}

export interface Facets<Item, F extends FacetSet<Item>> {
  /** The facets' names in the URL, in the order the form shows them. */
  names: (keyof F & string)[];
  select(items: readonly Item[], params: SearchParamsInput): FacetSelection<Item, F>;
}

/** A facet over a fixed list of values. */
export function fixedFacet<Item, Value extends string>(
  values: readonly Value[],
  of: (item: Item) => readonly (Value | undefined)[],
): Facet<Item, Value> {
  return { values: () => values, of };
}

export function defineFacets<Item>() {
  return <F extends FacetSet<Item>>(facets: F): Facets<Item, F> => {
    const names = Object.keys(facets) as (keyof F & string)[];
    const perFacet = <T>(make: (name: keyof F & string, facet: Facet<Item, string>) => T) =>
      Object.fromEntries(names.map((name) => [name, make(name, facets[name]!)])) as Record<keyof F, T>;

    return {
      names,
      select(items, params) {
        const parsed = perFacet((name, facet) => parseChoices(params, name, facet.values(items)));
        const chosen = perFacet((name) => parsed[name].values) as FacetValues<F>;
        const picked = (name: keyof F & string): string[] => chosen[name] as string[];
        const matches = items.flatMap((item) => {
          if (names.some((name) => excludedBy(picked(name), facets[name]!.of(item)))) return [];
          return [names.reduce((kept, name) => facets[name]!.narrow?.(kept, picked(name)) ?? kept, item)];
        });
        const options = perFacet((name, facet) =>
          facet.values(items).filter((value) => picked(name).includes(value) || items.some((item) => facet.of(item).includes(value))),
        ) as FacetValues<F>;
        return {
          chosen,
          ignored: names.flatMap((name) => parsed[name].ignored),
          active: names.some((name) => picked(name).length > 0),
          matches,
          options,
        };
      },
    };
  };
}
