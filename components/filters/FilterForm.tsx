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
 * resulting address can be bookmarked and shared.
 */
export function FilterForm({ id, action, heading, lead, groups, submitLabel, clearLabel, hasFilters }: FilterFormProps) {
  return (
    <section className="filter-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <p>{lead}</p>
      <form method="get" action={action}>
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
