import { getTranslations } from 'next-intl/server';
import { Notice } from '@/components/admin/Notice';

export default async function Forbidden() {
  const t = await getTranslations({ locale: 'da', namespace: 'Admin.forbidden' });
  return (
    <>
      <title>{t('title')}</title>
      <Notice title={t('title')} text={t('text')} />
    </>
  );
}
