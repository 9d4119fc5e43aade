import { type ErrorStrings } from '@/components/errors/ErrorStrings';

/** The 500 page's strings from the `Error` messages, for the browser's copy (error.tsx) and the static one alike. */
export function errorStrings(t: (key: keyof ErrorStrings) => string): ErrorStrings {
  return { title: t('title'), lead: t('lead'), retry: t('retry'), home: t('home'), homeHref: t('homeHref') };
}
