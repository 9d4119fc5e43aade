import { FilterForm } from './FilterForm';
import { IgnoredFilters } from './IgnoredFilters';
import { type IgnoredValue } from '@/lib/filters/params';

/** One group of checkboxes: the values on offer, those chosen, and how each is named. */
export interface FilterChoice {
  /** The name in the URL, e.g. `target`. */
  name: string;
  legend: string;
  values: readonly string[];
  chosen: readonly string[];
  label: (value: string) => string;
}

export interface FilterText {
  heading: string;
  lead: string;
  apply: string;
  clear: string;
  /** Says that some values from the address were left out, already counted. */
  ignoredNotice: string;
  /** Names one left-out value with its group's legend. */
  ignoredValue: (group: string, value: string) => string;
}

export type FilterKey = 'filtersHeading' | 'filtersLead' | 'apply' | 'clear' | 'ignoredNotice' | 'ignoredValue';

/** The form's texts from a namespace that has the filter keys (Courses, Library). */
export function filterText(t: (key: FilterKey, values?: Record<string, string | number>) => string, ignoredCount: number): FilterText {
  return {
    heading: t('filtersHeading'),
    lead: t('filtersLead'),
    apply: t('apply'),
    clear: t('clear'),
    ignoredNotice: t('ignoredNotice', { count: ignoredCount }),
    ignoredValue: (group, value) => t('ignoredValue', { group, value }),
  };
}

interface FilterControlsProps {
  /** Prefix for element ids, so two forms on a page cannot clash. */
  id: string;
  /** The list's own page, where the form sends its choices. */
  action: string;
  choices: FilterChoice[];
  ignored: readonly IgnoredValue[];
  hasFilters: boolean;
  text: FilterText;
}

/** What a filterable list shows above its results: the values from the address it left out, and the form. */
export function FilterControls({ id, action, choices, ignored, hasFilters, text }: FilterControlsProps) {
  const legends = new Map(choices.map((choice) => [choice.name, choice.legend]));
  return (
    <>
      <IgnoredFilters
        ignored={ignored}
        notice={text.ignoredNotice}
        describe={(value) => text.ignoredValue(legends.get(value.key) ?? value.key, value.value)}
      />
      <FilterForm
        id={id}
        action={action}
        heading={text.heading}
        lead={text.lead}
        submitLabel={text.apply}
        clearLabel={text.clear}
        hasFilters={hasFilters}
        groups={choices.map((choice) => ({
          name: choice.name,
          legend: choice.legend,
          options: choice.values.map((value) => ({ value, label: choice.label(value), checked: choice.chosen.includes(value) })),
        }))}
      />
    </>
  );
}
