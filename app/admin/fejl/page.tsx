import { getTranslations } from 'next-intl/server';
import { Notice } from '@/components/admin/Notice';
import { SignInLink } from '@/components/admin/SignInLink';

export async function generateMetadata() {
  const t = await getTranslations({ locale: 'da', namespace: 'Admin.signInFailed' });
  return { title: t('title') };
}

export default async function SignInFailed() {
  const t = await getTranslations({ locale: 'da', namespace: 'Admin.signInFailed' });
  return (
    <Notice title={t('title')} text={t('text')}>
      <SignInLink label={t('again')} />
    </Notice>
  );
}
