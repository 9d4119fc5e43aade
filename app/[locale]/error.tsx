'use client';

import { useErrorStrings } from '@/components/errors/ErrorStrings';
import { ServerErrorContent } from '@/components/errors/ServerErrorContent';

/** The 500 page, inside the shared layout. Next renders it when a page fails on the server. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const strings = useErrorStrings();
  return (
    <ServerErrorContent
      strings={strings}
      retry={
        <button type="button" className="button button-secondary" onClick={reset}>
          {strings.retry}
        </button>
      }
    />
  );
}
