import { type Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LookupView } from '@/components/concern/LookupView';
import { PageBody } from '@/components/layout/PageBody';
import { getContent } from '@/lib/content';
import { LOOKUP_PARAM, paramValues, readLookupParam } from '@/lib/concern/lookup-param';
import { lookupPageData } from '@/lib/concern/page-data';
import { LOOKUP_PATH } from '@/lib/concern/paths';
import { localeParams } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/navigation/metadata';

type Props = PageProps<'/[locale]/bekymring/find-infohus'>;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await localeParams(params);
  const t = await getTranslations({ locale, namespace: 'Concern' });
  const param = readLookupParam(paramValues((await searchParams)[LOOKUP_PARAM]));
  const kind = lookupPageData(param).result?.kind;
  // "Not found" and "several matches" are pages of their own to a screen reader: they get their own titles.
  const title = kind === 'not-found' ? t('lookup.notFoundTitle') : kind === 'ambiguous' ? t('lookup.ambiguousTitle') : t('lookup.title');
  return {
    ...pageMetadata(getContent().pages, locale, LOOKUP_PATH, { title, description: t('lookup.lead') }),
    referrer: 'no-referrer',
  };
}

export default async function FindInfohus({ params, searchParams }: Props) {
  const { locale } = await localeParams(params);
  setRequestLocale(locale);
  const t = await getTranslations('Concern');
  const param = readLookupParam(paramValues((await searchParams)[LOOKUP_PARAM]));
  return (
    <PageBody locale={locale} path={LOOKUP_PATH} crumb={t('lookup.title')}>
      <LookupView locale={locale} data={lookupPageData(param)} />
    </PageBody>
  );
}
