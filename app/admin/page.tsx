import { getTranslations } from 'next-intl/server';
import { getContent } from '@/lib/content';
import { NotConfigured } from '@/components/admin/NotConfigured';
import { RunTable } from '@/components/admin/RunTable';
import { StaffBar } from '@/components/admin/StaffBar';
import { loadStoredRuns, overviewRows } from '@/lib/admin/runs';
import { staffContext } from '@/lib/admin/service';
import { authSettings } from '@/lib/auth/settings';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations({ locale: 'da', namespace: 'Admin' });
  return { title: t('overview.title') };
}

export default async function AdminOverview() {
  const auth = authSettings();
  if (!auth.ok) return <NotConfigured missing={auth.missing} />;
  const { session, db, options } = await staffContext();
  const t = await getTranslations({ locale: 'da', namespace: 'Admin.overview' });
  const { upcoming, past } = overviewRows(getContent().courses, await loadStoredRuns(db), options.now);
  return (
    <>
      <StaffBar session={session} current="runs" />
      <h1>{t('title')}</h1>
      <p>{t('lead')}</p>
      <h2>{t('upcoming')}</h2>
      <RunTable heading={t('upcoming')} rows={upcoming} />
      <h2>{t('past')}</h2>
      <RunTable heading={t('past')} rows={past} />
    </>
  );
}
