import { type MDXComponents } from 'mdx/types';
import { getContent } from '@/lib/content';
import { type AllowedMdxComponent } from '@/lib/content/mdx-components';
import { type AppLocale } from '@/lib/i18n/routing';
import { Callout } from './Callout';
import { ContactCard } from './ContactCard';
import { FactBox } from './FactBox';
import { LinkList } from './LinkList';
import { MdxLink } from './MdxLink';

/**
 * The one allow-list of components authors may use in MDX, implementing the
 * names in lib/content/mdx-components.ts (the content check rejects others).
 */
export function mdxComponents(locale: AppLocale): MDXComponents {
  const allowed: Record<AllowedMdxComponent, MDXComponents[string]> = {
    Callout,
    FactBox,
    LinkList,
    ContactCard: ({ id }: { id: string }) => {
      // The content check has verified the id; a miss here is a bug, not bad content.
      const contact = getContent().contacts.find((candidate) => candidate.id === id)!;
      return <ContactCard contact={contact} locale={locale} />;
    },
  };
  return { a: (props) => <MdxLink locale={locale} {...props} />, ...allowed };
}
