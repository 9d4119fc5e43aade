import { type MDXComponents } from 'mdx/types';
import { type Page } from '@/lib/content';
import { type AllowedMdxComponent } from '@/lib/content/mdx-components';
import { Callout } from './Callout';
import { ContactCard } from './ContactCard';
import { FactBox } from './FactBox';
import { LinkList } from './LinkList';
import { MdxLink } from './MdxLink';

/**
 * The one allow-list of components authors may use in MDX, implementing the
 * names in lib/content/mdx-components.ts (the content check rejects others),
 * for one page: its language, and the contacts its contact cards name.
 */
export function mdxComponents(page: Pick<Page, 'locale' | 'contacts'>): MDXComponents {
  const { locale } = page;
  const allowed: Record<AllowedMdxComponent, MDXComponents[string]> = {
    Callout,
    FactBox,
    LinkList,
    ContactCard: ({ id }: { id: string }) => {
      // The content check has verified the id and the snapshot holds the page's contacts; a miss here is a bug.
      const contact = page.contacts.find((candidate) => candidate.id === id)!;
      return <ContactCard contact={contact} locale={locale} />;
    },
  };
  return { a: (props) => <MdxLink locale={locale} {...props} />, ...allowed };
}
