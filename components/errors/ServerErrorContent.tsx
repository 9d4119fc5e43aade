import { type ReactNode } from 'react';
import { type ErrorStrings } from '@/lib/i18n/error-strings';

/**
 * What the 500 page says: the prerendered app/[locale]/fejl, which answers
 * every request whose page fails on the server or whose origin is down.
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
