import { getTranslations } from 'next-intl/server';
import { type Page } from '@/lib/content';
import { localizedPath } from '@/lib/i18n/paths';

/** Where the language switcher lands when a page has no translation: say so and lead back. */
export async function UntranslatedNotice({ page }: { page: Page }) {
  const t = await getTranslations('Untranslated');
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="font-lead">{t('lead', { page: page.title })}</p>
      <p>
        <a href={localizedPath(page.locale, page.path)} hrefLang={page.locale} lang={page.locale}>
          {t('back', { page: page.title })}
        </a>
      </p>
    </>
  );
}
