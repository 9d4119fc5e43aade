import { type IssueCollector } from './errors';
import { pathFromSlug } from './paths';
import { listCollectionFiles, readFrontmatter, validate } from './read';
import { isLocale, type Locale } from '@/lib/i18n/routing';
import { type PageFrontmatter, pageFrontmatterSchema } from './schemas/page';

/** A page as `content:check` reads it: frontmatter, where it lives, and its raw MDX. */
export interface PageSource extends PageFrontmatter {
  locale: Locale;
  /** Segments of the URL below the locale: [] for the front page. */
  slug: string[];
  /** URL path without locale prefix: `/` or `/indsatser/infohuse`. */
  path: string;
  /** Key into the generated MDX module registry, e.g. `da/indsatser/infohuse`. */
  moduleKey: string;
  file: string;
  /** Raw MDX body, for the link and component checks and the search text. */
  body: string;
}

/** `da/indsatser/index` → ['indsatser']; `da/index` → []. */
function slugFromId(idWithoutLocale: string): string[] {
  const segments = idWithoutLocale.split('/');
  if (segments.at(-1) === 'index') segments.pop();
  return segments;
}

export function loadPages(issues: IssueCollector): PageSource[] {
  const pages: PageSource[] = [];
  const seen = new Map<string, string>();
  for (const source of listCollectionFiles('pages', ['.mdx'])) {
    const [locale = '', ...rest] = source.id.split('/');
    if (!isLocale(locale) || rest.length === 0) {
      issues.add({ file: source.file, field: '', message: `must lie in pages/da/ or pages/en/` });
      continue;
    }
    const slug = slugFromId(rest.join('/'));
    if (slug.some((segment) => !/^[a-z0-9-]+$/.test(segment))) {
      issues.add({ file: source.file, field: '', message: 'file and folder names must be lower case a-z, 0-9 and -' });
      continue;
    }
    const path = pathFromSlug(slug);
    const key = `${locale}:${path}`;
    const clash = seen.get(key);
    if (clash) {
      issues.add({ file: source.file, field: '', message: `same URL ${path} as ${clash}` });
      continue;
    }
    seen.set(key, source.file);

    const { data, body } = readFrontmatter(source.file);
    const frontmatter = validate(source.file, pageFrontmatterSchema, data, issues);
    if (!frontmatter) continue;
    pages.push({
      ...frontmatter,
      locale,
      slug,
      path,
      moduleKey: `${source.root}/pages/${source.id}`,
      file: source.file,
      body,
    });
  }
  return pages;
}
