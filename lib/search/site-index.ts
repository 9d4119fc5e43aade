import { getContent } from '@/lib/content';
import { type SearchSynonym } from '@/lib/content/schemas/search';
import { documentsFromContent, type SearchableContent } from './documents';
import { languageWordList } from './dictionary';
import { createSearchEngine, type SearchEngine } from './engine';

export interface MemoisedSearch {
  get(): SearchEngine;
  /** How long the first `get` took, content loading included; 0 before it. */
  buildMilliseconds(): number;
}

/** Builds the engine from `load()` on first use and keeps it: requests only query it. */
export function memoiseSearch(load: () => SearchableContent & { synonyms: readonly SearchSynonym[] }): MemoisedSearch {
  let engine: SearchEngine | undefined;
  let took = 0;
  return {
    get() {
      if (!engine) {
        const started = performance.now();
        const content = load();
        engine = createSearchEngine(documentsFromContent(content), content.synonyms, { wordList: languageWordList });
        took = performance.now() - started;
      }
      return engine;
    },
    buildMilliseconds: () => took,
  };
}

/** The portal's search, built once per server process from the content. */
export const siteSearch = memoiseSearch(getContent);
