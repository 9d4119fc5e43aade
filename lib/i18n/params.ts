import { notFound } from 'next/navigation';
import { hasLocale, type Locale } from 'next-intl';
import { routing } from './routing';

/**
 * A route's params with its `[locale]` segment as a portal language. Next.js
 * types every segment as a string; this checks it instead of casting, and an
 * unknown language is a 404 (the routes prerender only known ones anyway).
 */
export async function localeParams<P extends { locale: string }>(params: Promise<P>): Promise<Omit<P, 'locale'> & { locale: Locale }> {
  const { locale, ...rest } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  return { ...rest, locale };
}
