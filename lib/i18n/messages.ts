import da from '@/messages/da.json';
import en from '@/messages/en.json';
import { type Locale } from './routing';

const catalogs = { da, en } as const;

/**
 * A language's messages, where next-intl's request configuration (request.ts) does not reach: the
 * Pages Router's pages (through NextIntlClientProvider) and the e-mails, written outside a request.
 */
export function messagesOf(locale: Locale) {
  return catalogs[locale];
}
