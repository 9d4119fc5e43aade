import { type Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LookupView } from '@/components/concern/LookupView';
import { PageBody } from '@/components/layout/PageBody';
import { getContent } from '@/lib/content';
import { LOOKUP_PARAM, paramValues, readLookupParam } from '@/lib/concern/lookup-param';
import { createMunicipalityLookup, type MunicipalityLookup } from '@/lib/concern/municipality';
import { LOOKUP_PATH } from '@/lib/concern/paths';
import { localeParams } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/navigation/metadata';

type Props = PageProps<'/[locale]/bekymring/find-infohus'>;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await localeParams(params);
  const t = await getTranslations({ locale, namespace: 'Concern' });
  const param = readLookupParam(paramValues((await searchParams)[LOOKUP_PARAM]));
  const kind = param.kind === 'query' ? createMunicipalityLookup(getContent().concern)(param.query).kind : undefined;
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
  let result: MunicipalityLookup | undefined;
  if (param.kind === 'query') result = createMunicipalityLookup(getContent().concern)(param.query);
  if (param.kind === 'invalid') result = { kind: 'invalid', reason: param.reason === 'empty' ? 'empty' : 'too-long' };
  return (
    <PageBody locale={locale} path={LOOKUP_PATH} crumb={t('lookup.title')}>
      <LookupView locale={locale} query={param.kind === 'query' ? param.query : undefined} result={result} />
    </PageBody>
  );
}
