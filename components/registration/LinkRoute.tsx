import '@/components/registration/registration.css';
import { type Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { linkAction } from './link-actions';
import { PageBody } from '@/components/layout/PageBody';
import { type LinkKind, linkPaths } from '@/lib/forms/registration-service';
import { type Locale } from '@/lib/i18n/routing';
import { LinkActionView, linkOutcome } from './LinkActionView';

export interface LinkRouteProps {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const titles = { confirm: 'confirmTitle', cancel: 'cancelTitle', offer: 'offerTitle' } as const;

export async function linkMetadata(kind: LinkKind, { params }: LinkRouteProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: 'Registration.link' });
  // The token is a key: the page is never indexed and its address never sent on as a referrer.
  return { title: t(titles[kind]), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/** The three e-mailed link pages (bekraeft, afmeld, tilbud) differ only in their kind. */
export async function LinkRoute({ kind, params, searchParams }: LinkRouteProps & { kind: LinkKind }) {
  const { locale: rawLocale, token } = await params;
  const locale = rawLocale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations('Registration.link');
  return (
    <PageBody locale={locale} path={linkPaths[kind](token)} crumb={t(titles[kind])}>
      <LinkActionView
        kind={kind}
        locale={locale}
        action={linkAction.bind(null, kind, locale, token)}
        outcome={linkOutcome((await searchParams).resultat)}
      />
    </PageBody>
  );
}
