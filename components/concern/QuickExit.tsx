'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { scriptIsland } from '@/lib/site/static-scripts.mjs';

/** A neutral site, loaded only when the button is used. */
export const QUICK_EXIT_URL = 'https://www.dr.dk/';
/** GOV.UK's "Exit this page": three presses of Shift, each within this long of the one before. */
const SHIFT_WINDOW_MS = 5000;

function leave(): void {
  // Hide the page at once: the neutral site may take a moment to load.
  document.documentElement.style.visibility = 'hidden';
  document.title = '';
  // replace(): the page the person left is not one Back press away.
  window.location.replace(QUICK_EXIT_URL);
}

function noSubscription(): () => void {
  return () => {};
}

/**
 * "Forlad siden". Without JavaScript a plain link. With it, the click
 * replaces the history entry, and Shift pressed three times does the same.
 */
export function QuickExit({ label, shiftHint }: { label: string; shiftHint: string }) {
  // False in the server's HTML, true once the script runs: the Shift hint only appears when Shift works.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  useEffect(() => {
    let presses = 0;
    let last = 0;
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key !== 'Shift') {
        presses = 0;
        return;
      }
      const now = Date.now();
      presses = now - last <= SHIFT_WINDOW_MS ? presses + 1 : 1;
      last = now;
      if (presses >= 3) leave();
    };
    document.addEventListener('keyup', onKeyUp);
    return () => document.removeEventListener('keyup', onKeyUp);
  }, []);

  return (
    <div className="concern-quick-exit" {...scriptIsland('quick-exit')}>
      <a
        className="button button-warning"
        href={QUICK_EXIT_URL}
        rel="noreferrer"
        onClick={(event) => {
          event.preventDefault();
          leave();
        }}
      >
        {label}
      </a>
      {enhanced && <p className="concern-quick-exit-hint">{shiftHint}</p>}
    </div>
  );
}
