import { type ReactNode } from 'react';
import { type ErrorStrings } from './ErrorStrings';

/**
 * What the 500 page says. Two pages show it: error.tsx, which Next.js renders
 * in the browser when a page fails, and the prerendered copy that nginx
 * answers with when an origin fails or is down (app/[locale]/fejl).
 */
export function ServerErrorContent({ strings, retry }: { strings: ErrorStrings; retry: ReactNode }) {
  return (
    <div className="container page-container">
      <main id="main-content" tabIndex={-1}>
        <h1>{strings.title}</h1>
        <p className="font-lead">{strings.lead}</p>
        <p>{retry}</p>
        <p>
          <a href={strings.homeHref}>{strings.home}</a>
        </p>
      </main>
    </div>
  );
}
