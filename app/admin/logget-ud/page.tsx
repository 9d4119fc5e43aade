import { getTranslations } from 'next-intl/server';
import { Notice } from '@/components/admin/Notice';
import { SignInLink } from '@/components/admin/SignInLink';
import { providerSignOutUrl } from '@/lib/auth/oidc';
import { authSettings } from '@/lib/auth/settings';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations({ locale: 'da', namespace: 'Admin.signedOut' });
  return { title: t('title') };
}

export default async function SignedOut() {
  const t = await getTranslations({ locale: 'da', namespace: 'Admin.signedOut' });
  const auth = authSettings();
  const atProvider = auth.ok ? await providerSignOutUrl(auth.config, new URL('/admin/logget-ud', auth.config.siteUrl)) : undefined;
  return (
    <Notice title={t('title')} text={t('text')}>
      {atProvider && (
        <p>
          <a href={atProvider.href}>{t('atProvider')}</a>
        </p>
      )}
      <SignInLink label={t('again')} />
    </Notice>
  );
}
