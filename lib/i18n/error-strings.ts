/** The 500 page's strings (messages/*.json, namespace Error). */
export interface ErrorStrings {
  title: string;
  lead: string;
  retry: string;
  home: string;
  homeHref: string;
}

/** The 500 page's strings from the `Error` messages. */
export function errorStrings(t: (key: keyof ErrorStrings) => string): ErrorStrings {
  return { title: t('title'), lead: t('lead'), retry: t('retry'), home: t('home'), homeHref: t('homeHref') };
}
