import { type DocumentProps, Head, Html, Main, NextScript } from 'next/document';
import { isLocale, routing } from '@/lib/i18n/routing';

export default function PortalDocument({ __NEXT_DATA__: data }: DocumentProps) {
  const requested = (data.props as { pageProps?: { locale?: string } }).pageProps?.locale;
  return (
    <Html lang={requested && isLocale(requested) ? requested : routing.defaultLocale}>
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
