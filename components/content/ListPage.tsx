import { type ReactNode } from 'react';
import { PageBody } from '@/components/layout/PageBody';
import { type Locale } from '@/lib/i18n/routing';
import { type PageData } from '@/lib/pages/page-data';
import { PageText } from './PageContent';
import { RelatedPages } from './RelatedPages';

/** A list page of a collection (/kurser, /viden): the editors' introduction, the list, related pages. */
export function ListPage({ locale, path, page, related, children }: PageData & { locale: Locale; path: string; children: ReactNode }) {
  return (
    <PageBody locale={locale} path={path} crumb={page.nav?.label ?? page.title}>
      <PageText page={page} />
      {children}
      <RelatedPages locale={locale} related={related} />
    </PageBody>
  );
}
