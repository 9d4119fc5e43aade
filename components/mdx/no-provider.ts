import { type MDXComponents } from 'mdx/types';

const none: MDXComponents = {};

/** MDX asks its provider for components; ours come from `mdxComponents()` as a prop instead. */
export function useMDXComponents(): MDXComponents {
  return none;
}
