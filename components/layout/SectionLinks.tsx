import { type ReactNode } from 'react';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';
import { siteFrame } from '@/lib/navigation/frame';
import { type NavItem } from '@/lib/navigation/site-tree';

/** The main sections as a plain list of links: a way on from a dead end (no results, no page). */
export function SectionLinks({ locale, sections, children }: { locale: Locale; sections?: NavItem[]; children?: ReactNode }) {
  return (
    <ul>
      {(sections ?? siteFrame(locale).sections).map((section) => (
        <li key={section.path}>
          <a href={localizedPath(locale, section.path)}>{section.label}</a>
        </li>
      ))}
      {children}
    </ul>
  );
}
