'use server';

import { headers } from 'next/headers';
import { redirect, RedirectType } from 'next/navigation';
import { registrationPaths } from '@/lib/forms/paths';
import { type LinkKind, linkPaths, performLinkAction } from '@/lib/forms/registration-service';
import { originVerdict, siteOrigins } from '@/lib/forms/same-origin';
import { isLinkToken } from '@/lib/forms/tokens';
import { localizedPath } from '@/lib/i18n/paths';
import { isLocale } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/site/config';

/**
 * The button on an e-mailed link's page: confirm, cancel or accept an offered seat. The link
 * itself (a GET, which mail scanners follow) changes nothing; this POST does, then sends the
 * browser to the same address with the outcome to show (Post/Redirect/Get).
 */
export async function linkAction(kind: LinkKind, locale: string, token: string): Promise<void> {
  const safeLocale = isLocale(String(locale)) ? locale : 'da';
  const path = (linkPaths[kind] ?? registrationPaths.confirm)(isLinkToken(String(token)) ? token : 'ugyldig');
  const requestHeaders = await headers();
  const outcome =
    originVerdict(requestHeaders, siteOrigins(requestHeaders, siteUrl.origin)) !== 'same-origin'
      ? 'refused'
      : isLinkToken(String(token)) && kind in linkPaths
        ? await performLinkAction(kind, token)
        : 'unknown';
  redirect(`${localizedPath(safeLocale as 'da' | 'en', path)}?resultat=${outcome}`, RedirectType.push);
}
