import { type ReactNode } from 'react';
import { type Locale } from '@/lib/i18n/routing';
import { type SiteFrame } from '@/lib/navigation/frame';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipLink } from './SkipLink';

/**
 * What every page's body holds around its own content. SiteDocument puts it in <body>; a page of
 * the Pages Router (pages/) renders it itself, since Next.js writes that router's <body>.
 */
export function PageShell({ locale, frame, children }: { locale: Locale; frame: SiteFrame; children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <SiteHeader locale={locale} sections={frame.sections} />
      {children}
      <SiteFooter locale={locale} hotline={frame.hotline} />
    </>
  );
}
