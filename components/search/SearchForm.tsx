'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useRef } from 'react';
import { scriptIsland } from '@/lib/site/static-scripts.mjs';

interface SearchFormProps {
  /** The search page's own path in the page's language, e.g. `/en/soeg`. */
  action: string;
  defaultValue: string;
  label: string;
  hint: string;
  submit: string;
  /** Passed in rather than imported: lib/search would bring its stemmers into the browser. */
  maxLength: number;
}

/** Long enough that a word is mostly typed before the server is asked, short enough to feel immediate. */
const TYPING_PAUSE_MS = 300;

/**
 * A plain GET form, complete without JavaScript. With it, the results follow
 * the typing: after a short pause the page's address is replaced, and the
 * server renders the new results into the same page; the field keeps focus
 * and what was typed, and the result count is announced by its status role.
 */
export function SearchForm({ action, defaultValue, label, hint, submit, maxLength }: SearchFormProps) {
  const router = useRouter();
  const pause = useRef<ReturnType<typeof setTimeout>>(undefined);

  function followTyping(event: FormEvent<HTMLInputElement>) {
    const value = event.currentTarget.value.trim();
    clearTimeout(pause.current);
    pause.current = setTimeout(() => {
      router.replace(value ? `${action}?${new URLSearchParams({ q: value }).toString()}` : action, { scroll: false });
    }, TYPING_PAUSE_MS);
  }

  return (
    <form className="portal-search search-page-form" role="search" action={action} method="get" {...scriptIsland('search-as-you-type')}>
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
          maxLength={maxLength}
          aria-describedby="search-query-hint"
          autoComplete="off"
          onInput={followTyping}
        />
        <button type="submit" className="button button-search">
          {submit}
        </button>
      </div>
    </form>
  );
}
