import { type NextRequest } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { getContent } from '@/lib/content';
import { type ApiMessages, infohusApiResponse } from '@/lib/concern/api';
import { LOOKUP_PARAM, readLookupParam } from '@/lib/concern/lookup-param';
import { createMunicipalityLookup } from '@/lib/concern/municipality';
import { siteUrl } from '@/lib/site/config';

async function apiMessages(locale: 'da' | 'en'): Promise<ApiMessages> {
  const t = await getTranslations({ locale, namespace: 'Concern.api' });
  return { missing: t('missing'), tooLong: t('tooLong'), notFound: t('notFound'), ambiguous: t('ambiguous') };
}

/** Which infohus serves a municipality, as JSON for other public sites (documented in docs/concern-guide.md). */
export async function GET(request: NextRequest) {
  const { concern, contacts } = getContent();
  const { status, body } = infohusApiResponse(readLookupParam(request.nextUrl.searchParams.getAll(LOOKUP_PARAM)), {
    lookup: createMunicipalityLookup(concern),
    concern,
    contacts,
    messages: { da: await apiMessages('da'), en: await apiMessages('en') },
    siteUrl,
  });
  return Response.json(body, {
    status,
    headers: {
      // Public data any site may reuse; the answer changes only when the content does.
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': status === 400 ? 'no-store' : 'public, max-age=3600',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
