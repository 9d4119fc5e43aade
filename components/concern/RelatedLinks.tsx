import { getTranslations } from 'next-intl/server';
import { type RelatedLink } from '@/lib/concern/related-pages';

/** Links to the pages around the guide (signs of concern, what happens next, what extremism is). */
export async function RelatedLinks({ title, links }: { title: string; links: readonly RelatedLink[] }) {
  const t = await getTranslations('Concern');
  if (links.length === 0) return null;
  return (
    <nav className="concern-related" aria-label={title}>
      <h2>{title}</h2>
      <ul>
        {links.map((link) => (
          <li key={link.key}>
            <a href={link.href}>{t(`related.${link.key}`)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
