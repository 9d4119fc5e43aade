import { describe, expect, it } from 'vitest';
import { languageWordList, wordListFromHunspell } from './dictionary';

const danish = wordListFromHunspell(['4', 'forår/10,46', 'fora/74', 'Forældre/3', 'study/2'].join('\n'), 'da');

describe('wordListFromHunspell', () => {
  it('knows the listed stems, in any case', () => {
    expect(danish.has('forår')).toBe(true);
    expect(danish.has('FORÅR')).toBe(true);
    expect(danish.has('forældre')).toBe(true);
  });

  it('knows an inflected form by its stem', () => {
    expect(danish.has('foråret')).toBe(true);
    expect(danish.has('forældrene')).toBe(true);
  });

  it('does not take the first line (the count) or a typo for a word', () => {
    expect(danish.has('4')).toBe(false);
    expect(danish.has('forhår')).toBe(false);
    expect(danish.has('foraar')).toBe(false);
  });

  it('compares English stems from one letter earlier, where they end otherwise than the word', () => {
    const english = wordListFromHunspell('1\nstudy/2', 'en');
    expect(english.has('studies')).toBe(true);
    expect(english.has('studdies')).toBe(false);
  });
});

describe('languageWordList', () => {
  it('reads the dictionaries of both languages', () => {
    expect(languageWordList('da').has('forår')).toBe(true);
    expect(languageWordList('da').has('radikalisring')).toBe(false);
    expect(languageWordList('en').has('municipalities')).toBe(true);
    expect(languageWordList('en').has('municipalitties')).toBe(false);
  });
});
