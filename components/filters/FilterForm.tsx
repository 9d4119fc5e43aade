import { getTranslations } from 'next-intl/server';

export interface FilterOption {
  value: string;
  label: string;
  checked: boolean;
}

export interface FilterGroup {
  /** The name in the URL, e.g. `target`. */
  name: string;
  legend: string;
  options: FilterOption[];
}

interface FilterFormProps {
  /** Prefix for element ids, so two forms on a page cannot clash. */
  id: string;
  /** The page itself: the form sends its choices there as a GET request. */
  action: string;
  heading: string;
  lead: string;
  groups: FilterGroup[];
  submitLabel: string;
  clearLabel: string;
  hasFilters: boolean;
}

/**
 * A plain GET form of checkboxes: it works without JavaScript, and the
 * resulting address can be bookmarked and shared. On phones it is folded
 * behind a native <details> toggle that names how many choices are active,
 * so the first results show on the first screen; the form is the toggle's
 * next sibling (as in the main menu), so wider screens show it without
 * relying on `::details-content`.
 */
export async function FilterForm({ id, action, heading, lead, groups, submitLabel, clearLabel, hasFilters }: FilterFormProps) {
  const t = await getTranslations('Frame');
  const active = groups.reduce((sum, group) => sum + group.options.filter((option) => option.checked).length, 0);
  return (
    <section className="filter-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <details className="filter-toggle">
        <summary className="button button-secondary">
          {t('filterToggle')} <span className="filter-count">({t('filterCount', { count: active })})</span>
        </summary>
      </details>
      <form method="get" action={action} className="filter-form">
        <p>{lead}</p>
        <div className="filter-groups">
          {groups
            .filter((group) => group.options.length > 0)
            .map((group) => (
              <fieldset key={group.name} className="filter-group">
                <legend className="form-label">{group.legend}</legend>
                <ul className="unstyled-list">
                  {group.options.map((option) => {
                    const inputId = `${id}-${group.name}-${option.value}`;
                    return (
                      <li key={option.value} className="form-group-checkbox">
                        <input
                          className="form-checkbox"
                          type="checkbox"
                          id={inputId}
                          name={group.name}
                          value={option.value}
                          defaultChecked={option.checked}
                        />
                        <label htmlFor={inputId}>{option.label}</label>
                      </li>
                    );
                  })}
                </ul>
              </fieldset>
            ))}
        </div>
        <div className="filter-actions">
          <button type="submit" className="button button-primary">
            {submitLabel}
          </button>
          {hasFilters && <a href={action}>{clearLabel}</a>}
        </div>
      </form>
    </section>
  );
}
