import { getTranslations } from 'next-intl/server';
import { type ReactNode } from 'react';
import { FeedLink } from '@/components/courses/FeedLink';
import { ErrorStringsProvider } from '@/components/errors/ErrorStrings';
import { errorStrings } from '@/lib/i18n/error-strings';
import { type AppLocale } from '@/lib/i18n/routing';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipLink } from './SkipLink';

/** The document every page shares: the locale layout and the 404 page outside it both render it. */
export async function SiteDocument({ locale, children }: { locale: AppLocale; children: ReactNode }) {
  const strings = errorStrings(await getTranslations({ locale, namespace: 'Error' }));
  return (
    <html lang={locale}>
      <body>
        <FeedLink locale={locale} />
        <SkipLink />
        <SiteHeader locale={locale} />
        {/* Only the error page's strings reach the browser; every other string is rendered on the server. */}
        <ErrorStringsProvider strings={strings}>{children}</ErrorStringsProvider>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
