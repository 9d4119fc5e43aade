import { type IssueCollector } from './errors';
import { listCollectionFiles, loadDataFile } from './read';
import { type SearchSynonym, searchSynonymsFileSchema } from './schemas/search';

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
