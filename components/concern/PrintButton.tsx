import { IslandScript } from '@/components/islands/IslandScript';
import { islandAttributes } from '@/lib/site/static-scripts.mjs';

/**
 * "Udskriv siden": hidden without JavaScript (only a script can open the print dialogue), shown by
 * its island (public/islands/print.js). The printout is the same either way: the print stylesheet
 * in concern.scss decides what is on the paper.
 */
export function PrintButton({ label }: { label: string }) {
  return (
    <div className="concern-print" {...islandAttributes('print')} hidden>
      <button className="button button-secondary" type="button">
        {label}
      </button>
      <IslandScript name="print" />
    </div>
  );
}
