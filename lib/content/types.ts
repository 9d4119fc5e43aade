import type { Locale } from '@/lib/i18n/routing';
import type { AdviceOffer } from './advice';
import type { Concern } from './concern';
import type { Course } from './courses';
import type { PageSource } from './pages';
import type { Publication } from './publications';
import type { Contact } from './schemas/contact';
import type { SearchSynonym } from './schemas/search';

/**
 * A page as the server code sees it: its frontmatter and place, and its text
 * in plain words for the search. The MDX itself is compiled by the bundler
 * (lib/content/mdx.ts); the server never parses it.
 */
export interface Page extends Omit<PageSource, 'body'> {
  /** The body as plain text, made by `content:check`. */
  text: string;
  /** The contacts the body's `<ContactCard id>`s name (the check has made sure each exists). */
  contacts: Contact[];
}

/** All content, validated: what `content:check` writes into the snapshot and the server imports. */
export interface Content {
  pages: Page[];
  contacts: Contact[];
  concern: Concern;
  synonyms: SearchSynonym[];
  courses: Course[];
  publications: Publication[];
  adviceOffers: AdviceOffer[];
}

export type { Locale };
