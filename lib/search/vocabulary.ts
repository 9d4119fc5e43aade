import SearchableMap from 'minisearch/SearchableMap';
import { type Vocabulary } from './plan';

/**
 * The terms of one language's index with the number of documents holding
 * each, in MiniSearch's radix tree: it answers the plan's questions (how
 * common is a word, which known words lie one typo away, which start with
 * what is being typed) without touching the documents.
 */
export function createVocabulary(documentTerms: Iterable<Iterable<string>>): Vocabulary {
  const frequencies = new Map<string, number>();
  let documentCount = 0;
  for (const terms of documentTerms) {
    documentCount += 1;
    for (const term of new Set(terms)) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  }
  const tree = SearchableMap.from<number>(frequencies);
  return {
    documentCount,
    documentFrequency: (term) => frequencies.get(term) ?? 0,
    nearTerms: (term) => [...tree.fuzzyGet(term, 1).keys()].filter((near) => near !== term),
    termsStartingWith: (prefix) => [...tree.atPrefix(prefix).keys()],
  };
}
