import { describe, expect, it } from 'vitest';
import { COMMON_MIN_DOCUMENTS, isUnfinished, planSearch, quoteTerm, selectiveGroups, type Vocabulary } from './plan';
import { type QueryGroup } from './synonyms';

const identity = (word: string) => word;
const group = (word: string, alternatives: string[] = []): QueryGroup => ({ words: [word], alternatives });

function vocabulary(documentCount: number, frequencies: Record<string, number>): Vocabulary {
  const terms = Object.keys(frequencies);
  return {
    documentCount,
    documentFrequency: (term) => frequencies[term] ?? 0,
    nearTerms: (term) =>
      terms.filter(
        (known) =>
          known !== term && known.length === term.length && [...known].filter((letter, index) => letter !== term[index]).length === 1,
      ),
    termsStartingWith: (prefix) => terms.filter((known) => known.startsWith(prefix)),
  };
}

describe('selectiveGroups', () => {
  const large = vocabulary(100, { og: 100, ekstremisme: 80, politi: 30, kommune: 60 });

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
    const small = vocabulary(COMMON_MIN_DOCUMENTS - 1, { og: COMMON_MIN_DOCUMENTS - 1, politi: 1 });
    expect(selectiveGroups([group('politi'), group('og')], small, identity)).toHaveLength(2);
  });
});

describe('isUnfinished', () => {
  const known = vocabulary(100, { kommun: 50, info: 3 });

  it('takes a word the index does not know as unfinished', () => {
    expect(isUnfinished('kommu', known)).toBe(true);
  });

  it('takes a short word as unfinished even when it is a word already', () => {
    expect(isUnfinished('info', known)).toBe(true);
  });

  it('takes a longer word the index knows as finished', () => {
    expect(isUnfinished('kommun', known)).toBe(false);
  });
});

describe('quoteTerm', () => {
  it('keeps operator words and quotes plain', () => {
    expect(quoteTerm('not')).toBe('"not"');
    expect(quoteTerm('a"b')).toBe('"a""b"');
  });
});

describe('planSearch', () => {
  const known = vocabulary(10, { kommune: 4, politi: 2, hotline: 1, infohus: 3, info: 1, informati: 1, radikaliser: 2, ekstremism: 5 });

  it('asks for every word, finished words exactly', () => {
    expect(planSearch([group('politi'), group('kommune')], known, identity).attempts[0]).toEqual({
      tiers: ['("politi" AND "kommune")'],
      matchedAllWords: true,
      terms: new Set(['politi', 'kommune']),
    });
  });

  it('lets the last word match longer words while it may be unfinished, the words as typed first', () => {
    const plan = planSearch([group('politi'), group('info')], known, identity);
    expect(plan.attempts[0]!.tiers).toEqual(['("politi" AND "info")', '("politi" AND ("info" OR "info"*)) NOT ("politi" AND "info")']);
    expect(plan.attempts[0]!.terms).toEqual(new Set(['politi', 'info', 'infohus', 'informati']));
  });

  it('turns an unknown long word into the known words one letter away', () => {
    const plan = planSearch([group('kommuna')], known, identity);
    expect(plan.attempts[0]!.tiers.at(-1)).toContain('"kommune"');
    expect(plan.attempts[0]!.terms.has('kommune')).toBe(true);
  });

  it('matches a group by its synonyms, ranked after the word typed', () => {
    const plan = planSearch([group('hotline'), group('radikaliser', ['ekstremism'])], known, identity);
    expect(plan.attempts[0]!.tiers).toEqual([
      '("hotline" AND "radikaliser")',
      '("hotline" AND ("radikaliser" OR "ekstremism")) NOT ("hotline" AND "radikaliser")',
    ]);
    expect(plan.attempts[0]!.terms.has('ekstremism')).toBe(true);
  });

  it('falls back to any word, first of the selective ones, then of all', () => {
    const common = vocabulary(100, { politi: 10, hotline: 5, og: 90 });
    const attempts = planSearch([group('politi'), group('og'), group('hotline')], common, identity).attempts;
    expect(attempts.map((attempt) => attempt.matchedAllWords)).toEqual([true, false, false]);
    expect(attempts[1]!.tiers).toEqual(['("politi" OR "hotline")']);
    expect(attempts[2]!.tiers).toEqual(['("politi" OR "og" OR "hotline")']);
  });

  it('marks only the words an attempt searches for: a common word left out is not marked', () => {
    const common = vocabulary(100, { politi: 10, hotline: 5, og: 90 });
    const attempts = planSearch([group('politi'), group('og'), group('hotline')], common, identity).attempts;
    expect(attempts[0]!.terms).toEqual(new Set(['politi', 'hotline']));
    expect(attempts[2]!.terms).toEqual(new Set(['politi', 'og', 'hotline']));
  });

  it('leaves out a word no page holds in any form, and says that not every word was found', () => {
    const index = vocabulary(100, { bekymret: 20, son: 10, for: 90 });
    const attempts = planSearch([group('bekymret'), group('for'), group('min'), group('son')], index, identity).attempts;
    expect(attempts.map((attempt) => attempt.tiers)).toEqual([
      ['("bekymret" AND "son")'],
      ['("bekymret" OR "son")'],
      ['("bekymret" OR "for" OR "son")'],
    ]);
    expect(attempts.map((attempt) => attempt.matchedAllWords)).toEqual([false, false, false]);
    expect(attempts[0]!.terms.has('min')).toBe(false);
  });

  it('keeps a word the pages hold only as a typo, a longer word or a synonym', () => {
    const index = vocabulary(100, { bekymret: 20, kommune: 10, radikalisering: 5 });
    const attempts = planSearch([group('bekymret'), group('kommume'), group('radik', ['radikalisering'])], index, identity).attempts;
    expect(attempts[0]!.matchedAllWords).toBe(true);
    // One tier: "as typed" needs `kommume` and `radik`, which no page holds, so it is not asked for.
    expect(attempts[0]!.tiers).toEqual(['("bekymret" AND "kommune" AND ("radik"* OR "radikalisering"))']);
  });

  it('plans nothing when no word is on any page', () => {
    expect(planSearch([group('xqzxqz'), group('qqqq')], known, identity).attempts).toEqual([]);
  });

  it('plans nothing for words that leave no term', () => {
    expect(planSearch([], known, identity).attempts).toEqual([]);
    expect(planSearch([group('\u0301')], known, () => '').attempts).toEqual([]);
  });
});

describe('planSearch: cost', () => {
  it('looks up typos and prefixes once per word, however many fallbacks follow', () => {
    const lookups: string[] = [];
    const counting: Vocabulary = {
      documentCount: 100,
      documentFrequency: (term) => ({ og: 90, politi: 10 })[term] ?? 0,
      nearTerms: (term) => (lookups.push(`near ${term}`), []),
      termsStartingWith: (prefix) => (lookups.push(`prefix ${prefix}`), []),
    };
    const attempts = planSearch([group('politi'), group('og'), group('hotlien')], counting, identity).attempts;
    expect(attempts).toHaveLength(2);
    expect(lookups).toEqual(['near hotlien', 'prefix hotlien']);
  });
});
