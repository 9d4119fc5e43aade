import { getTranslations } from 'next-intl/server';
import { FactList } from '@/components/courses/FactList';
import { TextBlocks } from '@/components/courses/TextBlocks';
import { EntryLinks } from '@/components/content/EntryLinks';
import type { Course } from '@/lib/content/courses';
import type { Publication } from '@/lib/content/publications';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';

interface PublicationPageProps {
  publication: Publication;
  /** Courses the publication names, and those that name it. */
  courses: readonly Course[];
  locale: Locale;
}

/** One publication or tool: what it is, who it is for, where to get it, and courses about it. */
export async function PublicationPage({ publication, courses, locale }: PublicationPageProps) {
  const t = await getTranslations({ locale, namespace: 'Library' });
  const labels = await getTranslations({ locale, namespace: 'Courses' });
  const rows: [string, string][] = [
    [t('facts.type'), t(`types.${publication.type}`)],
    [t('facts.themes'), publication.themes.map((theme) => labels(`themes.${theme}`)).join(', ')],
    [t('facts.audience'), publication.audience.map((group) => labels(`audiences.${group}`)).join(', ')],
  ];
  if (publication.year !== undefined) rows.push([t('facts.year'), String(publication.year)]);
  const format = publication.download?.split('.').pop()?.toUpperCase();

  return (
    <article className="publication-page">
      <h1>{publication.title[locale]}</h1>
      <p className="font-lead">{publication.summary[locale]}</p>
      {publication.description && (
        <div className="page-text">
          <TextBlocks text={publication.description[locale]} />
        </div>
      )}
      <FactList id="publication-facts-heading" heading={t('facts.heading')} rows={rows} />
      {!publication.download && !publication.url && (
        <p>{t.rich('notOnPortal', { link: (chunks) => <a href="https://us.dk">{chunks}</a> })}</p>
      )}
      {(publication.download || publication.url) && (
        <ul className="unstyled-list publication-links">
          {publication.download && (
            <li>
              <a className="button button-primary" href={publication.download} download>
                {t('download', { format: format ?? '' })}
              </a>
            </li>
          )}
          {publication.url && (
            <li>
              <a href={publication.url}>
                {t('external', { type: publication.type })} <span className="course-card-meta">{t('externalNote')}</span>
              </a>
            </li>
          )}
        </ul>
      )}
      <p className="publication-source">
        {t('source')}: <a href={publication.source.url}>{publication.source.name[locale]}</a>
      </p>
      <EntryLinks id="publication-courses-heading" heading={t('coursesHeading')} basePath="/kurser" entries={courses} locale={locale} />
      <p>
        <a href={localizedPath(locale, '/viden')}>{t('allPublications')}</a>
      </p>
    </article>
  );
}
