import { z } from 'zod';
import { internalPathSchema, isoDateSchema } from './common';

/** Frontmatter of every MDX page in content/pages/<locale>/. */
export const pageFrontmatterSchema = z.strictObject({
  title: z.string().min(2),
  /** The meta description and the teaser used in lists of pages. */
  description: z.string().min(30).max(200),
  /** When the text was last changed by an editor: shown as "Sidst opdateret". */
  updated: isoDateSchema,
  /** Position among its siblings in the navigation; left out, the page is not in any menu. */
  nav: z.strictObject({ order: z.number().int(), label: z.string().min(2).optional() }).optional(),
  /**
   * `app` when a dedicated route renders the page (the concern guide, the course
   * catalogue, search): the MDX then holds that page's introduction only.
   */
  route: z.enum(['content', 'app']).default('content'),
  /** Pages shown under "Relaterede sider". */
  related: z.array(internalPathSchema).default([]),
});

export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;
