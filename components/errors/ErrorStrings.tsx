'use client';

import { createContext, type ReactNode, useContext } from 'react';

/** The 500 page's strings, translated on the server (messages/*.json, namespace Error). */
export interface ErrorStrings {
  title: string;
  lead: string;
  retry: string;
  home: string;
  homeHref: string;
}

const ErrorStringsContext = createContext<ErrorStrings | undefined>(undefined);

/**
 * Hands error.tsx (which must run in the browser) its few strings. A plain
 * context instead of next-intl's client provider: that provider ships the
 * ICU message runtime (about 12 KB gzipped) to every page for five sentences.
 */
export function ErrorStringsProvider({ strings, children }: { strings: ErrorStrings; children: ReactNode }) {
  return <ErrorStringsContext value={strings}>{children}</ErrorStringsContext>;
}

export function useErrorStrings(): ErrorStrings {
  const strings = useContext(ErrorStringsContext);
  if (!strings) throw new Error('useErrorStrings needs an ErrorStringsProvider above it (app/[locale]/layout.tsx)');
  return strings;
}
