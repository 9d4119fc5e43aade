import { getTranslations } from 'next-intl/server';
import { getContent } from '@/lib/content';
import { type AppLocale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/i18n/paths';
import { mainNavigation } from '@/lib/navigation/site-tree';

/** Nothing found: say so plainly, and offer the concern guide and the main sections instead of a dead end. */
export async function NoResults({ locale, query }: { locale: AppLocale; query: string }) {
  const t = await getTranslations('Search.noResults');
  const sections = mainNavigation(getContent().pages, locale);
  return (
    <>
      <div role="status" className="search-status">
        <h2 className="search-count">{t('heading', { query })}</h2>
      </div>
      <p>{t('tips')}</p>
      <h2 className="h3">{t('concernHeading')}</h2>
      <p>
        {t('concernText')} <a href={localizedPath(locale, '/bekymring')}>{t('concernLink')}</a>
      </p>
      {sections.length > 0 && (
        <>
          <h2 className="h3">{t('sectionsHeading')}</h2>
          <ul>
            {sections.map((section) => (
              <li key={section.path}>
                <a href={localizedPath(locale, section.path)}>{section.label}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
