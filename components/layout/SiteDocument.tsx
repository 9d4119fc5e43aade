import { getTranslations } from 'next-intl/server';
import { type ReactNode } from 'react';
import { FeedLink } from '@/components/courses/FeedLink';
import { ErrorStringsProvider } from '@/components/errors/ErrorStrings';
import { errorStrings } from '@/lib/i18n/error-strings';
import { type AppLocale } from '@/lib/i18n/routing';
import { type SiteFrame } from '@/lib/navigation/frame';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipLink } from './SkipLink';

/** The document every page shares: the locale layout and the 404 page outside it both render it, with the frame they loaded. */
export async function SiteDocument({ locale, frame, children }: { locale: AppLocale; frame: SiteFrame; children: ReactNode }) {
  const strings = errorStrings(await getTranslations({ locale, namespace: 'Error' }));
  return (
    <html lang={locale}>
      <body>
        <FeedLink locale={locale} />
        <SkipLink />
        <SiteHeader locale={locale} sections={frame.sections} />
        {/* Only the error page's strings reach the browser; every other string is rendered on the server. */}
        <ErrorStringsProvider strings={strings}>{children}</ErrorStringsProvider>
        <SiteFooter locale={locale} hotline={frame.hotline} />
      </body>
    </html>
  );
}
