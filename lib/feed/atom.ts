import { Feed } from 'feed';
import { copenhagenToUtc } from '@/lib/courses/time';

export interface AtomItem {
  /** Absolute URL; also the entry's id, so it never changes once published. */
  link: string;
  title: string;
  summary: string;
  /** YYYY-MM-DD, the day it was published on the portal. */
  date: string;
}

export interface AtomInput {
  title: string;
  subtitle: string;
  language: 'da' | 'en';
  /** Absolute URL of the portal's front page in that language. */
  home: string;
  /** Absolute URL of the feed itself. */
  self: string;
  author: string;
  items: readonly AtomItem[];
}

/**
 * `feed` writes titles and summaries as type="html" inside CDATA, so plain
 * text from the content is escaped first; readers then show it as written.
 */
function htmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An Atom 1.0 document. Its `updated` is the newest item's date, so a rebuild alone changes nothing. */
export function atomFeed(input: AtomInput): string {
  const dates = input.items.map((item) => copenhagenToUtc(item.date));
  const updated = dates.length > 0 ? new Date(Math.max(...dates.map((d) => d.getTime()))) : new Date(0);
  const feed = new Feed({
    id: input.self,
    title: input.title,
    description: input.subtitle,
    link: input.home,
    language: input.language,
    updated,
    generator: false,
    feedLinks: { atom: input.self },
    author: { name: input.author },
    copyright: input.author,
  });
  input.items.forEach((item, index) => {
    feed.addItem({
      id: item.link,
      link: item.link,
      title: htmlEscape(item.title),
      description: htmlEscape(item.summary),
      date: dates[index]!,
    });
  });
  return feed.atom1();
}
