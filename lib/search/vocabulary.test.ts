import { describe, expect, it } from 'vitest';
import { createVocabulary } from './vocabulary';

const vocabulary = createVocabulary([['kommun', 'politi', 'kommun'], ['kommun', 'kommunikation'], ['hotline']]);

describe('createVocabulary', () => {
  it('counts documents, and a term once per document', () => {
    expect(vocabulary.documentCount).toBe(3);
    expect(vocabulary.documentFrequency('kommun')).toBe(2);
    expect(vocabulary.documentFrequency('ukendt')).toBe(0);
  });

  it('finds the known terms one edit away, not the term itself', () => {
    expect(vocabulary.nearTerms('politti')).toEqual(['politi']);
    expect(vocabulary.nearTerms('kommun')).toEqual([]);
    expect(vocabulary.nearTerms('hotlane')).toEqual(['hotline']);
  });

  it('finds the terms that start with a prefix', () => {
    expect(vocabulary.termsStartingWith('kommun').sort()).toEqual(['kommun', 'kommunikation']);
    expect(vocabulary.termsStartingWith('x')).toEqual([]);
  });
});
