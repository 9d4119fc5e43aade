import { describe, expect, it } from 'vitest';
import { lix } from './lix';

describe('lix', () => {
  it('scores short everyday sentences low', () => {
    // 4 + 7 = 11 words, 2 sentences, no word above six letters: 11/2 + 0 = 5.5
    expect(lix('Jeg har en hund. Den er meget glad for at lege.')).toEqual({
      lix: 5.5,
      words: 11,
      sentences: 2,
      longWords: 0,
    });
  });

  it('counts words of seven letters or more as long', () => {
    // 3 words, 1 sentence; Kommunen (8), tilbyder (8), rådgivning (10) are long: 3 + 100 = 103
    expect(lix('Kommunen tilbyder rådgivning.').lix).toBe(103);
    // "hjælper" has exactly seven letters, "fælles" six: 2 words, 1 long → 2 + 50
    expect(lix('hjælper fælles')).toMatchObject({ lix: 52, longWords: 1 });
  });

  it('counts æ, ø and å as one letter each', () => {
    // forældre = 8 letters (long), særlig = 6 (not long), børn = 4: 3 words, 1 sentence, 1 long
    const result = lix('Forældre, særlig børn!');
    expect(result).toMatchObject({ words: 3, sentences: 1, longWords: 1 });
    expect(result.lix).toBeCloseTo(3 + 100 / 3, 10);
  });

  it('counts numbers as words that are never long', () => {
    // Ring, 41, 74, 90, 90, hver, dag = 7 words in 1 sentence, none long: 7
    expect(lix('Ring 41 74 90 90 hver dag.')).toMatchObject({ lix: 7, words: 7, longWords: 0 });
    // 80, %, af, kommunerne: "%" is not a word; "kommunerne" is long: 3 words → 3 + 100/3
    expect(lix('80 % af kommunerne.')).toMatchObject({ words: 3, longWords: 1, sentences: 1 });
  });

  it('keeps hyphenated words and domain names whole', () => {
    // SSP-medarbejdere (15 letters) and us.dk (4 letters): 4 words, 1 sentence, 1 long
    expect(lix('Spørg SSP-medarbejdere eller us.dk.')).toMatchObject({ words: 4, sentences: 1, longWords: 1 });
  });

  it('does not end a sentence at an abbreviation or a Danish ordinal', () => {
    // 1 sentence of 9 words: Det, gælder, f.eks., skoler, fra, 1., februar, og, frem
    expect(lix('Det gælder f.eks. skoler fra 1. februar og frem.')).toMatchObject({ words: 9, sentences: 1 });
    // "bl.a." and "m.fl." inside the sentence: 1 sentence
    expect(lix('Vi taler bl.a. med skoler m.fl. hver uge.').sentences).toBe(1);
  });

  it('ends a sentence at a number that closes it before a capital letter', () => {
    // "i 2020." ends the first sentence because "Det" starts with a capital
    expect(lix('Planen kom i 2020. Det var godt.').sentences).toBe(2);
  });

  it('ends sentences at ! ? and :', () => {
    expect(lix('Er du bekymret? Ring nu! Du kan: spørge.').sentences).toBe(4);
  });

  it('ends a sentence at a blank line, as after a heading without a full stop', () => {
    // heading (2 words) + paragraph (3 words) = 2 sentences of 5 words
    expect(lix('Sådan hjælper\n\nVi taler sammen.')).toMatchObject({ words: 5, sentences: 2 });
    // a single line break is only a wrapped line
    expect(lix('Vi taler\nsammen i dag.').sentences).toBe(1);
  });

  it('does not count a stray full stop as a sentence of its own', () => {
    expect(lix('Hej . . med dig.').sentences).toBe(2);
    expect(lix('...').sentences).toBe(0);
  });

  it('gives 0 for a text without words', () => {
    expect(lix('  \n\n – ')).toEqual({ lix: 0, words: 0, sentences: 0, longWords: 0 });
  });
});
