import { type Locale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/i18n/paths';

interface EntryLinksProps {
  /** The heading's id, for the section's accessible name. */
  id: string;
  heading: string;
  /** Where the entries' pages live, e.g. `/viden`. */
  basePath: string;
  entries: readonly { slug: string; title: Record<Locale, string> }[];
  locale: Locale;
}

/** The entries of another collection that belong to this one (a course's publications, a publication's courses). */
export function EntryLinks({ id, heading, basePath, entries, locale }: EntryLinksProps) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.slug}>
            <a href={localizedPath(locale, `${basePath}/${entry.slug}`)}>{entry.title[locale]}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
