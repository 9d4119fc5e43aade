import { type ContentIssue, type IssueCollector } from './errors';
import { listCollectionFiles, loadDataFile } from './read';
import { type Locale } from './schemas/common';
import { type SearchSynonym, searchSynonymsFileSchema } from './schemas/search';

/** Where each loaded entry was written, so a later check can name file and entry. */
const sources = new WeakMap<SearchSynonym, { file: string; index: number }>();

/**
 * The search synonyms in content/search/*.yaml. An equivalence word listed in
 * two groups of one language would make the groups silently merge, so that
 * is reported for the editor to decide.
 */
export function loadSearchSynonyms(issues: IssueCollector): SearchSynonym[] {
  const synonyms: SearchSynonym[] = [];
  const groupOf = new Map<string, string>();
  for (const source of listCollectionFiles('search', ['.yaml'])) {
    const entries = loadDataFile(source.file, searchSynonymsFileSchema, issues) ?? [];
    entries.forEach((entry, index) => {
      sources.set(entry, { file: source.file, index });
      if (entry.means) return;
      for (const word of entry.words) {
        const key = `${entry.locale}:${word.toLowerCase()}`;
        const earlier = groupOf.get(key);
        if (earlier !== undefined) {
          issues.add({ file: source.file, field: `${index}.words`, message: `"${word}" is already in ${earlier}; merge the two` });
        }
        groupOf.set(key, `${source.file} entry ${index}`);
      }
    });
    synonyms.push(...entries);
  }
  return synonyms;
}

/** Synonym groups whose landing `page` is no page of their language. */
export function findUnknownSynonymPages(
  synonyms: readonly SearchSynonym[],
  exists: (locale: Locale, path: string) => boolean,
): ContentIssue[] {
  return synonyms
    .filter((entry) => !exists(entry.locale, entry.page))
    .map((entry) => {
      const source = sources.get(entry);
      return {
        file: source?.file ?? 'content/search',
        field: `${source?.index ?? '?'}.page`,
        message: `${entry.page} is no page in ${entry.locale}`,
      };
    });
}
