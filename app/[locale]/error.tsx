'use client';

import { useErrorStrings } from '@/components/errors/ErrorStrings';

/** The 500 page, inside the shared layout. Next renders it when a page fails on the server. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorStrings();
  return (
    <div className="container page-container">
      <main id="main-content" tabIndex={-1}>
        <h1>{t.title}</h1>
        <p className="font-lead">{t.lead}</p>
        <p>
          <button type="button" className="button button-secondary" onClick={reset}>
            {t.retry}
          </button>
        </p>
        <p>
          <a href={t.homeHref}>{t.home}</a>
        </p>
      </main>
    </div>
  );
}
