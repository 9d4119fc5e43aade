import { type MDXContent } from 'mdx/types';
import { mdxModules } from './generated/mdx-registry';
import { type Page } from './types';

/** The compiled MDX body of a page (bundled by @next/mdx at build time). */
export async function loadPageBody(page: Page): Promise<MDXContent> {
  const load = mdxModules[page.moduleKey];
  if (!load) throw new Error(`${page.file}: not in the MDX registry; run npm run content:check`);
  return (await load()).default;
}
