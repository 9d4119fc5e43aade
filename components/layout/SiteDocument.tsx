import { type ReactNode } from 'react';
import { FeedLink } from '@/components/courses/FeedLink';
import { type AppLocale } from '@/lib/i18n/routing';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipLink } from './SkipLink';

/** The document every page shares: the locale layout and the 404 page outside it both render it. */
export function SiteDocument({ locale, children }: { locale: AppLocale; children: ReactNode }) {
  return (
    <html lang={locale}>
      <body>
        <FeedLink locale={locale} />
        <SkipLink />
        <SiteHeader locale={locale} />
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
