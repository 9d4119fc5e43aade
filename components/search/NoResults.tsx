import { getTranslations } from 'next-intl/server';
import { SectionLinks } from '@/components/layout/SectionLinks';
import { type AppLocale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/i18n/paths';

/** Nothing found (SearchSummary says so): offer the concern guide and the main sections instead of a dead end. */
export async function NoResults({ locale }: { locale: AppLocale }) {
  const t = await getTranslations('Search.noResults');
  return (
    <>
      <p>{t('tips')}</p>
      <h2 className="h3">{t('concernHeading')}</h2>
      <p>
        {t('concernText')} <a href={localizedPath(locale, '/bekymring')}>{t('concernLink')}</a>
      </p>
      <h2 className="h3">{t('sectionsHeading')}</h2>
      <SectionLinks locale={locale} />
    </>
  );
}
