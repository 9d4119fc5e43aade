import { IslandScript } from '@/components/islands/IslandScript';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { islandAttributes } from '@/lib/site/static-scripts.mjs';

interface SearchFormProps {
  /** The search page's own path in the page's language, e.g. `/en/soeg`. */
  action: string;
  defaultValue: string;
  label: string;
  hint: string;
  submit: string;
}

/**
 * A plain GET form, complete without JavaScript. Its script
 * (public/islands/search-as-you-type.js) lets the results follow the typing.
 */
export function SearchForm({ action, defaultValue, label, hint, submit }: SearchFormProps) {
  return (
    <form className="portal-search search-page-form" role="search" action={action} method="get" {...islandAttributes('search-as-you-type')}>
      <label className="form-label" htmlFor="search-query">
        {label}
      </label>
      <span className="form-hint" id="search-query-hint">
        {hint}
      </span>
      <div className="search">
        <input
          className="form-input"
          id="search-query"
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby="search-query-hint"
          autoComplete="off"
        />
        <button type="submit" className="button button-search">
          {submit}
        </button>
      </div>
      <IslandScript name="search-as-you-type" />
    </form>
  );
}
