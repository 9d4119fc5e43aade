import { describe, expect, it } from 'vitest';
import { COMMON_MIN_DOCUMENTS, type IndexStatistics, prefixForLastWord, selectiveGroups } from './plan';
import { type QueryGroup } from './synonyms';

const identity = (word: string) => word;
const group = (word: string, alternatives: string[] = []): QueryGroup => ({ words: [word], alternatives });

function statistics(documentCount: number, frequencies: Record<string, number>): IndexStatistics {
  return { documentCount, documentFrequency: (term) => frequencies[term] ?? 0 };
}

describe('selectiveGroups', () => {
  const large = statistics(100, { og: 100, ekstremisme: 80, politi: 30, kommune: 60 });

  it('leaves out words on more than half of the documents when rarer words remain', () => {
    expect(selectiveGroups([group('politi'), group('og'), group('kommune')], large, identity)).toEqual([group('politi')]);
  });

  it('keeps every word when all are common', () => {
    const all = [group('og'), group('ekstremisme')];
    expect(selectiveGroups(all, large, identity)).toEqual(all);
  });

  it('keeps a common word that has synonyms, since those may be rare', () => {
    expect(selectiveGroups([group('politi'), group('ekstremisme', ['radikalisering'])], large, identity)).toHaveLength(2);
  });

  it('judges nothing common in a small index, where shares mean little', () => {
    const small = statistics(COMMON_MIN_DOCUMENTS - 1, { og: COMMON_MIN_DOCUMENTS - 1, politi: 1 });
    expect(selectiveGroups([group('politi'), group('og')], small, identity)).toHaveLength(2);
  });
});

describe('prefixForLastWord', () => {
  const prefix = prefixForLastWord(statistics(100, { kommun: 50, info: 3 }));

  it('lets an unfinished word match longer words', () => {
    expect(prefix('kommu')).toBe(true);
  });

  it('lets a short word match longer words even when it is a word already', () => {
    expect(prefix('info')).toBe(true);
  });

  it('treats a longer word the index knows as finished', () => {
    expect(prefix('kommun')).toBe(false);
  });
});
