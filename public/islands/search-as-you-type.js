// The island of components/search/SearchForm.tsx. Without this script the search is a plain GET
// form. With it, the results follow the typing: after a short pause the page for what was typed
// is fetched, its status and results take the place of the old ones, and the address is replaced.
// The field is never touched, so it keeps focus and what was typed.

/** Long enough that a word is mostly typed before the server is asked, short enough to feel immediate. */
const TYPING_PAUSE_MS = 300;

const form = document.querySelector('form[data-island="search-as-you-type"]');
const field = form?.querySelector('input[name="q"]');
const status = document.querySelector('[data-search-status]');

if (form instanceof HTMLFormElement && field instanceof HTMLInputElement && status) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let pause;
  // Answers can arrive out of order; only the one for the latest typing is shown.
  let latest = 0;

  /** @param {string} query */
  const show = async (query) => {
    const address = new URL(form.action);
    if (query) address.searchParams.set('q', query);
    const request = ++latest;
    let page;
    try {
      const response = await fetch(address, { headers: { Accept: 'text/html' } });
      if (!response.ok) return;
      page = new DOMParser().parseFromString(await response.text(), 'text/html');
    } catch {
      return; // Offline or the server away: the form still submits the normal way.
    }
    const outcome = document.querySelector('[data-search-outcome]');
    const nextStatus = page.querySelector('[data-search-status]');
    const nextOutcome = page.querySelector('[data-search-outcome]');
    if (request !== latest || !outcome || !nextStatus || !nextOutcome) return;
    // The status region stays and only its content changes: screen readers announce a change
    // inside a live region, not a region that is new.
    status.replaceChildren(...nextStatus.childNodes);
    outcome.replaceWith(nextOutcome);
    document.title = page.title;
    history.replaceState(history.state, '', address);
  };

  field.addEventListener('input', () => {
    clearTimeout(pause);
    pause = setTimeout(() => show(field.value.trim()), TYPING_PAUSE_MS);
  });
}
