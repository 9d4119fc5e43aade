import { type MDXComponents } from 'mdx/types';
import { getContent } from '@/lib/content';
import { type AppLocale } from '@/lib/i18n/routing';
import { Callout } from './Callout';
import { ContactCard } from './ContactCard';
import { FactBox } from './FactBox';
import { LinkList } from './LinkList';
import { MdxLink } from './MdxLink';

/**
 * The one allow-list of components authors may use in MDX. Anything else in
 * a page fails to render, so new components are added here on purpose.
 */
export function mdxComponents(locale: AppLocale): MDXComponents {
  return {
    a: (props) => <MdxLink locale={locale} {...props} />,
    Callout,
    FactBox,
    LinkList,
    ContactCard: ({ id }: { id: string }) => {
      const contact = getContent().contacts.find((candidate) => candidate.id === id);
      if (!contact) throw new Error(`ContactCard: no contact with id "${id}" in content/contacts`);
      return <ContactCard contact={contact} locale={locale} />;
    },
  };
}
