import { getLocale } from 'next-intl/server';
import { NotFoundContent } from '@/components/errors/NotFoundContent';
import { type AppLocale } from '@/lib/i18n/routing';

export default async function NotFound() {
  const locale = (await getLocale()) as AppLocale;
  return <NotFoundContent locale={locale} />;
}
