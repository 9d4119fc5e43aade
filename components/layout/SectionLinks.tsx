import { type ReactNode } from 'react';
import { getContent } from '@/lib/content';
import { localizedPath } from '@/lib/i18n/paths';
import { type AppLocale } from '@/lib/i18n/routing';
import { mainNavigation } from '@/lib/navigation/site-tree';

/** The main sections as a plain list of links: a way on from a dead end (no results, no page). */
export function SectionLinks({ locale, children }: { locale: AppLocale; children?: ReactNode }) {
  return (
    <ul>
      {mainNavigation(getContent().pages, locale).map((section) => (
        <li key={section.path}>
          <a href={localizedPath(locale, section.path)}>{section.label}</a>
        </li>
      ))}
      {children}
    </ul>
  );
}
