import './styles/portal.scss';
import { headers } from 'next/headers';
import { setRequestLocale } from 'next-intl/server';
import { NotFoundContent } from '@/components/errors/NotFoundContent';
import { SiteDocument } from '@/components/layout/SiteDocument';
import { siteFrame } from '@/lib/navigation/frame';
import { localeOfRequest } from '@/lib/site/request-kind';

// Every address no route knows ends here, outside the [locale] layout. Next.js serves this page with
// real HTML; a notFound() thrown inside a route reaches the browser as an empty shell (Next.js 16), so
// routes list the parameters they accept (dynamicParams = false) instead of calling notFound().
export default async function GlobalNotFound() {
  const locale = localeOfRequest(await headers());
  setRequestLocale(locale);
  const frame = siteFrame(locale);
  return (
    <SiteDocument locale={locale} frame={frame}>
      <NotFoundContent locale={locale} sections={frame.sections} />
    </SiteDocument>
  );
}
