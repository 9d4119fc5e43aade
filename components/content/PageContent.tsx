import { type Page } from '@/lib/content';
import { loadPageBody } from '@/lib/content/mdx';
import { type PageData } from '@/lib/pages/page-data';
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
        <Body components={mdxComponents(page)} />
      </div>
    </>
  );
}

/** A whole content page: text, related pages and when it was last updated. */
export async function PageContent({ page, related }: PageData) {
  return (
    <article>
      <PageText page={page} />
      <RelatedPages locale={page.locale} related={related} />
      <PageUpdated date={page.updated} />
    </article>
  );
}
