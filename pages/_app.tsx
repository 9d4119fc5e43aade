// The Pages Router holds the public pages rendered on every request that are requested most
// (docs/performance.md: the same HTML costs it 40 % of the App Router's CPU).
// Global styles can only be imported here in this router.
import '@/app/styles/portal.scss';
import '@/components/search/search.scss';
import { type AppProps } from 'next/app';
import { NextIntlClientProvider } from 'next-intl';
import { messagesOf } from '@/lib/i18n/messages';
import { isLocale, routing, timeZone } from '@/lib/i18n/routing';

export default function PortalApp({ Component, pageProps }: AppProps<{ locale?: string }>) {
  // Next.js' own error pages come here without a language: Danish, as at the root.
  const locale = pageProps.locale && isLocale(pageProps.locale) ? pageProps.locale : routing.defaultLocale;
  return (
    <NextIntlClientProvider locale={locale} messages={messagesOf(locale)} timeZone={timeZone}>
      <Component {...pageProps} />
    </NextIntlClientProvider>
  );
}
