import { getTranslations } from 'next-intl/server';
import { Notice } from '@/components/admin/Notice';
import { adminPaths } from '@/lib/admin/paths';

export default async function AdminNotFound() {
  const t = await getTranslations({ locale: 'da', namespace: 'Admin' });
  return (
    <>
      <title>{t('notFound.title')}</title>
      <Notice title={t('notFound.title')} text={t('notFound.text')}>
        <p>
          <a href={adminPaths.overview}>{t('backToOverview')}</a>
        </p>
      </Notice>
    </>
  );
}
