import { describe, expect, it } from 'vitest';
import { foldDiacritics, termHead, termProcessor, tokenize, tokenizeWithOffsets, wordMatcher } from './terms';

const da = termProcessor('da');
const en = termProcessor('en');

describe('Danish terms', () => {
  it.each([
    ['kommuner', 'kommune'],
    ['kommunerne', 'kommune'],
    ['bekymringer', 'bekymring'],
    ['forældrene', 'forældre'],
    ['infohusene', 'infohus'],
    ['ekstremismen', 'ekstremisme'],
  ])('stems "%s" to the same term as "%s"', (inflected, base) => {
    expect(da(inflected)).toBe(da(base));
  });

  it('keeps different words apart', () => {
    expect(da('kommune')).not.toBe(da('kriminalitet'));
    expect(da('barn')).not.toBe(da('bane'));
  });

  it('ignores case and folds æ, ø and å, so a keyboard without them finds the word', () => {
    expect(da('Forældrene')).toBe(da('foraeldrene'));
    expect(da('RÅDGIVNING')).toBe(da('radgivning'));
    expect(da('Østjyllands')).toBe(da('ostjyllands'));
  });

  it('stems composed and decomposed å alike', () => {
    expect(da('rådgivningen'.normalize('NFD'))).toBe(da('rådgivningen'));
  });
});

describe('English terms', () => {
  it('stems plurals and inflections', () => {
    expect(en('municipalities')).toBe(en('municipality'));
    expect(en('concerns')).toBe(en('concerned'));
    expect(en('Parents')).toBe(en('parent'));
  });
});

describe('foldDiacritics', () => {
  it('spells out the Danish letters and drops accents', () => {
    expect(foldDiacritics('æblegrød på café')).toBe('aeblegrod pa cafe');
  });
});

describe('tokenize', () => {
  it('splits on anything that is not a letter or digit, markup and hyphens included', () => {
    expect(tokenize('<b>SSP-medarbejdere</b> i 2016; DROP TABLE')).toEqual(['b', 'SSP', 'medarbejdere', 'b', 'i', '2016', 'DROP', 'TABLE']);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Hej, forældre!';
    expect(tokenizeWithOffsets(text).map(({ start, end }) => text.slice(start, end))).toEqual(['Hej', 'forældre']);
  });
});

describe('termHead', () => {
  // Words where the stemmers rewrite the most: inflections, æ/ø/å, doubled
  // consonants, and the English exceptions that change early letters.
  const words = {
    da: [
      'bekymringerne',
      'forældrenes',
      'kommunerne',
      'ældre',
      'øjeblikkelig',
      'åbenlyst',
      'og',
      'i',
      'ssp',
      'indsatser',
      'tilbuddet',
      'hjælp',
    ],
    en: ['dying', 'lying', 'skies', 'cries', 'news', 'early', 'idly', 'gently', 'municipalities', 'generously', 'a', 'Yearly'],
  } as const;

  it.each(['da', 'en'] as const)('is always the start of the term (%s), so ruling words out by it misses none', (locale) => {
    const processTerm = termProcessor(locale);
    for (const word of words[locale]) expect(processTerm(word).startsWith(termHead(locale, word)), word).toBe(true);
  });
});

describe('wordMatcher', () => {
  it('returns the matched term for any form of the word, and nothing for other words', () => {
    const matches = wordMatcher('da', new Set([da('bekymring')]));
    expect(matches('Bekymringerne')).toBe(da('bekymring'));
    expect(matches('bekendt')).toBeUndefined();
    expect(matches('kommune')).toBeUndefined();
  });
});
