import da from '@/messages/da.json';
import en from '@/messages/en.json';
import { type Locale } from './routing';

const catalogs = { da, en };

/**
 * A language's messages, for the Pages Router's pages (pages/), which next-intl's request
 * configuration (request.ts) does not reach: they get them through NextIntlClientProvider.
 */
export function messagesOf(locale: Locale) {
  return catalogs[locale];
}
