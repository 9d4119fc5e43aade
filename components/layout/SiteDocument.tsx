import { type ReactNode } from 'react';
import { FeedLink } from '@/components/courses/FeedLink';
import { type Locale } from '@/lib/i18n/routing';
import { type SiteFrame } from '@/lib/navigation/frame';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipLink } from './SkipLink';

/** The document every page shares: the locale layout and the 404 page outside it both render it, with the frame they loaded. */
export function SiteDocument({ locale, frame, children }: { locale: Locale; frame: SiteFrame; children: ReactNode }) {
  return (
    <html lang={locale}>
      <body>
        <FeedLink locale={locale} />
        <SkipLink />
        <SiteHeader locale={locale} sections={frame.sections} />
        {children}
        <SiteFooter locale={locale} hotline={frame.hotline} />
      </body>
    </html>
  );
}
