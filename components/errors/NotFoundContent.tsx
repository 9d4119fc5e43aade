import { getTranslations } from 'next-intl/server';
import { SearchBox } from '@/components/layout/SearchBox';
import { SectionLinks } from '@/components/layout/SectionLinks';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';
import { type NavItem } from '@/lib/navigation/site-tree';

/** The 404 page: a way on from a dead end, by search or by the main sections. */
export async function NotFoundContent({ locale, sections }: { locale: Locale; sections?: NavItem[] }) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  const frame = await getTranslations({ locale, namespace: 'Frame' });
  return (
    <div className="container page-container">
      <title>{t('title')}</title>
      <main id="main-content" tabIndex={-1}>
        <h1>{t('title')}</h1>
        <p className="font-lead">{t('lead')}</p>
        <SearchBox locale={locale} id="not-found-search" landmarkLabel={frame('pageSearch')} />
        <h2>{t('sections')}</h2>
        <SectionLinks locale={locale} sections={sections}>
          <li>
            <a href={localizedPath(locale, '/')}>{t('home')}</a>
          </li>
        </SectionLinks>
      </main>
    </div>
  );
}
