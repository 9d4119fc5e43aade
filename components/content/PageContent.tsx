import { type Page } from '@/lib/content';
import { loadPageBody } from '@/lib/content/mdx';
import { mdxComponents } from '@/components/mdx/components';
import { PageUpdated } from './PageUpdated';
import { RelatedPages } from './RelatedPages';

/** The heading and MDX text of a page. Dedicated routes use it for their introduction. */
export async function PageText({ page }: { page: Page }) {
  const Body = await loadPageBody(page);
  return (
    <>
      <h1>{page.title}</h1>
      <div className="page-text">
        <Body components={mdxComponents(page.locale)} />
      </div>
    </>
  );
}

/** A whole content page: text, related pages and when it was last updated. */
export async function PageContent({ page }: { page: Page }) {
  return (
    <article>
      <PageText page={page} />
      <RelatedPages locale={page.locale} paths={page.related} />
      <PageUpdated date={page.updated} />
    </article>
  );
}
