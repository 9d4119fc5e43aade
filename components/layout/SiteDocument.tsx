import { type ReactNode } from 'react';
import { FeedLink } from '@/components/courses/FeedLink';
import { type Locale } from '@/lib/i18n/routing';
import { type SiteFrame } from '@/lib/navigation/frame';
import { PageShell } from './PageShell';

/** The document every App Router page shares: the locale layout and the 404 page outside it both render it, with the frame they loaded. */
export function SiteDocument({ locale, frame, children }: { locale: Locale; frame: SiteFrame; children: ReactNode }) {
  return (
    <html lang={locale}>
      <body>
        <FeedLink locale={locale} />
        <PageShell locale={locale} frame={frame}>
          {children}
        </PageShell>
      </body>
    </html>
  );
}
