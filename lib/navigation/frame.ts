import { type Contact, type Content, getContent, type Locale, type Page } from '@/lib/content';
import { alternatesFor, withQuery } from './alternates';
import { breadcrumbTrail, mainNavigation, type NavItem, sectionNavigation } from './site-tree';

/** The hotline as the header, footer and front page show it: plain strings, ready to print. */
export interface HotlineSummary {
  name: string;
  phone: string;
  hours?: string;
  anonymous: boolean;
}

/** What the document around every page needs, loaded once by the layout and passed down as props. */
export interface SiteFrame {
  sections: NavItem[];
  hotline?: HotlineSummary;
}

/** What the part of a page around its own content needs: the side menu, the breadcrumbs and the language links. */
export interface PageFrame {
  sideItems: NavItem[];
  trail: NavItem[];
  alternates: { locale: Locale; href: string }[];
}

export function hotlineSummary(contacts: readonly Contact[], locale: Locale): HotlineSummary | undefined {
  const hotline = contacts.find((contact) => contact.id === 'hotline');
  if (!hotline?.phone) return undefined;
  return { name: hotline.name[locale], phone: hotline.phone, hours: hotline.hours?.[locale], anonymous: hotline.anonymous };
}

export function siteFrameOf(content: Pick<Content, 'pages' | 'contacts'>, locale: Locale): SiteFrame {
  return { sections: mainNavigation(content.pages, locale), hotline: hotlineSummary(content.contacts, locale) };
}

export function pageFrameOf(pages: readonly Page[], locale: Locale, path: string, query?: string): PageFrame {
  return {
    sideItems: sectionNavigation(pages, locale, path),
    trail: path === '/' ? [] : breadcrumbTrail(pages, locale, path),
    alternates: withQuery(alternatesFor(pages, path), query).map(({ locale: to, href }) => ({ locale: to, href })),
  };
}

/** The site frame from the validated content snapshot (for layouts). */
export function siteFrame(locale: Locale): SiteFrame {
  return siteFrameOf(getContent(), locale);
}

/** The page frame from the validated content snapshot (for PageBody, which a dozen routes share). */
export function pageFrame(locale: Locale, path: string, query?: string): PageFrame {
  return pageFrameOf(getContent().pages, locale, path, query);
}
