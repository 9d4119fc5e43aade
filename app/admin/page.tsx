import { getTranslations } from 'next-intl/server';
import { NotConfigured } from '@/components/admin/NotConfigured';
import { SignOutForm } from '@/components/admin/SignOutForm';
import { currentStaff } from '@/lib/auth/current';
import { authSettings } from '@/lib/auth/settings';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations({ locale: 'da', namespace: 'Admin' });
  return { title: t('overview.title') };
}

export default async function AdminOverview() {
  const auth = authSettings();
  if (!auth.ok) return <NotConfigured missing={auth.missing} />;
  const session = await currentStaff();
  const t = await getTranslations({ locale: 'da', namespace: 'Admin' });
  return (
    <>
      <SignOutForm session={session} />
      <h1>{t('overview.title')}</h1>
      <p>{t('overview.lead')}</p>
    </>
  );
}
