import { getTranslations } from 'next-intl/server';
import { mdxComponents } from '@/components/mdx/components';
import { type Page } from '@/lib/content';
import { loadPageBody } from '@/lib/content/mdx';
import { type StartPageData } from '@/lib/concern/page-data';
import { LOOKUP_PATH } from '@/lib/concern/paths';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';
import { DangerNotice } from './DangerNotice';
import { GuideFrame } from './GuideFrame';
import { RelatedLinks } from './RelatedLinks';

/** /bekymring: 112 before anything else, the editors' introduction, then the way in. */
export async function GuideStart({ page, locale, data }: { page: Page; locale: Locale; data: StartPageData }) {
  const t = await getTranslations('Concern');
  const Intro = await loadPageBody(page);
  return (
    <GuideFrame>
      <h1>{page.title}</h1>
      <DangerNotice alarm={data.alarm} />
      <div className="page-text">
        <Intro components={mdxComponents(page)} />
      </div>
      <p>{t('start.duration')}</p>
      <a className="button button-primary" href={data.firstStepHref}>
        {t('start.button')}
      </a>
      <h2>{t('start.lookupTitle')}</h2>
      <p>
        <a href={localizedPath(locale, LOOKUP_PATH)}>{t('start.lookupLink')}</a>
      </p>
      <RelatedLinks title={t('start.relatedTitle')} links={data.related} />
    </GuideFrame>
  );
}
