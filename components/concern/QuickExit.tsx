import { IslandScript } from '@/components/islands/IslandScript';
import { islandAttributes } from '@/lib/site/static-scripts.mjs';

/** A neutral site, loaded only when the button is used. */
const QUICK_EXIT_URL = 'https://www.dr.dk/';

/**
 * "Forlad siden": a plain link to a neutral site. Its script (public/islands/quick-exit.js) makes
 * the click replace the history entry, lets three presses of Shift do the same, and only then
 * shows the hint about Shift.
 */
export function QuickExit({ label, shiftHint }: { label: string; shiftHint: string }) {
  return (
    <div className="concern-quick-exit" {...islandAttributes('quick-exit')}>
      <a className="button button-warning" href={QUICK_EXIT_URL} rel="noreferrer">
        {label}
      </a>
      <p className="concern-quick-exit-hint" hidden>
        {shiftHint}
      </p>
      <IslandScript name="quick-exit" />
    </div>
  );
}
