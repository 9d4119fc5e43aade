import { describe, expect, it } from 'vitest';
import { proseBlocks, sentenceLengths } from './sentence-length';

describe('proseBlocks', () => {
  it('keeps blocks that end as a sentence and drops headings and fragments', () => {
    const text = 'Hvem kan få råd\n\nVi giver råd til kommuner.\n\nkommuner og regioner\n\nDet kan handle om:\n\nEr du bekymret?';
    expect(proseBlocks(text)).toEqual(['Vi giver råd til kommuner.', 'Det kan handle om:', 'Er du bekymret?']);
  });

  it('reads a sentence closed inside quotes or brackets as ended', () => {
    expect(proseBlocks('Den hedder »Infohus kommune.«\n\n(Se siden om infohuse.)')).toHaveLength(2);
  });
});

describe('sentenceLengths', () => {
  it('averages the words per sentence of the prose and counts sentences of six words or fewer', () => {
    // 3 sentences of 4, 13 and 7 words: average 24/3; one of them (4 words) is short
    const text = [
      'Overskrift uden punktum',
      'Ring til kommunen nu. Infohuset vurderer bekymringen ud fra personens ressourcer og risici i samarbejde med politiet.',
      'Kommunen kan tilbyde personen en mentor bagefter.',
    ].join('\n\n');
    const result = sentenceLengths(text);
    expect(result).toMatchObject({ sentences: 3, words: 24, shortSentences: 1 });
    expect(result.averageWords).toBeCloseTo(24 / 3, 10);
    expect(result.shortShare).toBeCloseTo(1 / 3, 10);
  });

  it('counts exactly six words as short and seven as not', () => {
    expect(sentenceLengths('En to tre fire fem seks.').shortSentences).toBe(1);
    expect(sentenceLengths('En to tre fire fem seks syv.').shortSentences).toBe(0);
  });

  it('does not end a sentence at a colon, an abbreviation or an ordinal', () => {
    // one sentence of 12 words
    expect(sentenceLengths('Gruppen gør især to ting: den samler fx kommuner fra 1. februar.')).toMatchObject({
      sentences: 1,
      words: 12,
    });
  });

  it('counts sentences that start with "Og" but not words that merely begin with it', () => {
    expect(sentenceLengths('Vi giver råd. Og vi holder kurser. Også skoler kan spørge. Og så videre.').startingWithOg).toBe(2);
  });

  it('gives zeros for a text without prose', () => {
    expect(sentenceLengths('Kun en overskrift\n\nog en liste')).toEqual({
      sentences: 0,
      words: 0,
      averageWords: 0,
      shortSentences: 0,
      shortShare: 0,
      startingWithOg: 0,
    });
  });
});
