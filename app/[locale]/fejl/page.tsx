import { type Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ServerErrorContent } from '@/components/errors/ServerErrorContent';
import { errorStrings } from '@/lib/i18n/error-strings';
import { localeParams } from '@/lib/i18n/params';

export async function generateMetadata({ params }: PageProps<'/[locale]/fejl'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await localeParams(params)).locale, namespace: 'Error' });
  return { title: t('title'), description: t('description'), robots: { index: false, follow: true } };
}

/**
 * The 500 page as plain HTML, for nginx to answer with in place of a failed or
 * unreachable origin (deploy/nginx.conf). Next.js' own 500 page shows only
 * once its scripts run; this one needs none. "Try again" is a link to the
 * address the visitor asked for, which nginx keeps in the address bar.
 */
export default async function ServerErrorRoute({ params }: PageProps<'/[locale]/fejl'>) {
  const { locale } = await localeParams(params);
  setRequestLocale(locale);
  const strings = errorStrings(await getTranslations({ locale, namespace: 'Error' }));
  return <ServerErrorContent strings={strings} retry={<a href="">{strings.retry}</a>} />;
}
