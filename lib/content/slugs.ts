import { type IssueCollector } from './errors';
import { type ContentFile } from './read';
import { slugPattern } from './vocabulary';

/**
 * The slug a collection file gives its item, or undefined after reporting
 * why the name cannot be used. Shared by courses and publications.
 */
export function slugFromFile(source: ContentFile, issues: IssueCollector, reserved: ReadonlySet<string> = new Set()): string | undefined {
  const slug = source.id;
  if (!slugPattern.test(slug)) {
    issues.add({ file: source.file, field: '', message: 'the file name must be lower case a-z, 0-9 and - and lie directly in the folder' });
    return undefined;
  }
  if (reserved.has(slug)) {
    issues.add({ file: source.file, field: '', message: `"${slug}" is taken by a page of the portal; choose another file name` });
    return undefined;
  }
  return slug;
}

/** Reports a slug used by two files (e.g. one in content/ and one in the fixtures). */
export function reportDuplicateSlugs(items: readonly { slug: string; file: string }[], issues: IssueCollector): void {
  const first = new Map<string, string>();
  for (const item of items) {
    const clash = first.get(item.slug);
    if (clash) issues.add({ file: item.file, field: '', message: `same slug "${item.slug}" as ${clash}` });
    else first.set(item.slug, item.file);
  }
}
