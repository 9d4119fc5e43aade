// The island of components/concern/QuickExit.tsx. Without this script the button is a plain link
// to a neutral site; with it, leaving also takes the page out of the history, and three presses
// of Shift leave too (GOV.UK's "Exit this page"), so a person can get away without finding the button.

/** Each Shift press must come this soon after the one before it. */
const SHIFT_WINDOW_MS = 5000;

/** @param {string} address */
function leave(address) {
  // Hide the page at once: the neutral site may take a moment to load.
  document.documentElement.style.visibility = 'hidden';
  document.title = '';
  // replace(): the page left behind is not one Back press away.
  window.location.replace(address);
}

const island = document.querySelector('[data-island="quick-exit"]');
const link = island?.querySelector('a[href]');
if (link instanceof HTMLAnchorElement) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    leave(link.href);
  });

  let presses = 0;
  let last = 0;
  document.addEventListener('keyup', (event) => {
    if (event.key !== 'Shift') {
      presses = 0;
      return;
    }
    const now = Date.now();
    presses = now - last <= SHIFT_WINDOW_MS ? presses + 1 : 1;
    last = now;
    if (presses >= 3) leave(link.href);
  });

  // The hint promises what only this script does.
  island?.querySelector('[hidden]')?.removeAttribute('hidden');
}
