import { type ReactNode } from 'react';
import { type IgnoredValue } from '@/lib/filters/params';
import { FilterControls, filterText, type FilterKey } from './FilterControls';

type ListKey = FilterKey | 'resultCount' | 'resultCountAll' | 'noResults';

/** A translator of a namespace with the filter list's keys (Courses, Library). */
export type ListTranslator = (key: ListKey, values?: Record<string, string | number>) => string;

/** How the form names each facet and its values, in the order the form shows them. */
export type FacetLabels<F extends Record<string, readonly string[]>> = {
  [K in keyof F]: { legend: string; label: (value: F[K][number]) => string };
};

interface FilteredListProps<F extends Record<string, readonly string[]>> {
  /** Prefix for element ids, so two lists on a page cannot clash. */
  id: string;
  /** The list's own page, where the form sends its choices. */
  action: string;
  t: ListTranslator;
  /** The state of the filters for this address (lib/filters/facets). */
  selection: { chosen: F; options: F; ignored: readonly IgnoredValue[]; active: boolean };
  facets: FacetLabels<F>;
  /** How many results the filters leave. */
  count: number;
  /** A heading over the count and results, for a list without headings of its own. */
  resultsHeading?: string;
  children: ReactNode;
}

/**
 * The skeleton of a filterable list (/kurser, /viden): the left-out values
 * and the form, the count, a way out of an empty result, then the results.
 */
export function FilteredList<F extends Record<string, readonly string[]>>({
  id,
  action,
  t,
  selection,
  facets,
  count,
  resultsHeading,
  children,
}: FilteredListProps<F>) {
  const choices = Object.entries(facets).map(([name, { legend, label }]) => ({
    name,
    legend,
    values: selection.options[name] ?? [],
    chosen: selection.chosen[name] ?? [],
    label: label as (value: string) => string,
  }));
  const results = (
    <>
      <p className="result-count" id={`${id}-count`}>
        {selection.active ? t('resultCount', { count }) : t('resultCountAll', { count })}
      </p>
      {count === 0 && (
        <p>
          {t('noResults')} <a href={action}>{t('clear')}</a>
        </p>
      )}
      {children}
    </>
  );
  return (
    <>
      <FilterControls
        id={id}
        action={action}
        ignored={selection.ignored}
        hasFilters={selection.active}
        text={filterText(t, selection.ignored.length)}
        choices={choices}
      />
      {resultsHeading ? (
        <section aria-labelledby={`${id}-results-heading`}>
          <h2 id={`${id}-results-heading`}>{resultsHeading}</h2>
          {results}
        </section>
      ) : (
        results
      )}
    </>
  );
}
