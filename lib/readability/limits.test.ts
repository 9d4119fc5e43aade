import { describe, expect, it } from 'vitest';
import { DEFAULT_LIX_LIMIT, lixLimitFor, pageTypeFor, SENTENCE_LIMITS, sentenceLimitFor } from './limits';

describe('lixLimitFor', () => {
  it('holds the concern guide and its steps to 35', () => {
    expect(lixLimitFor('/bekymring')).toBe(35);
    expect(lixLimitFor('/bekymring/hvad-sker-der')).toBe(35);
  });

  it('holds every other page to 40', () => {
    expect(DEFAULT_LIX_LIMIT).toBe(40);
    expect(lixLimitFor('/')).toBe(40);
    expect(lixLimitFor('/indsatser/infohuse')).toBe(40);
    // a path that only starts with the same letters is not part of the guide
    expect(lixLimitFor('/bekymringer')).toBe(40);
  });

  it("holds the course and library lists to their entries' limit", () => {
    expect(lixLimitFor('/kurser')).toBe(50);
    expect(lixLimitFor('/viden')).toBe(50);
    expect(lixLimitFor('/viden/en-udgivelse')).toBe(50);
    expect(lixLimitFor('/kurserne')).toBe(40);
  });

  it('holds the professional detail pages of courses and the library to 50', () => {
    expect(lixLimitFor('/kurser/grundkursus-for-infohus-tovholdere')).toBe(50);
    expect(lixLimitFor('/viden/sagsgang-psykiatrien')).toBe(50);
  });
});

describe('the pages a worried parent reaches from the guide', () => {
  it('are held to the guide’s LIX limit of 35', () => {
    for (const path of ['/tegn-paa-bekymring', '/hvad-sker-der', '/hvad-er-ekstremisme']) expect(lixLimitFor(path)).toBe(35);
  });
});

describe('pageTypeFor and sentenceLimitFor', () => {
  it('types the pages for professionals and municipalities, with their detail pages', () => {
    for (const path of [
      '/for-fagpersoner',
      '/for-kommuner',
      '/indsatser',
      '/indsatser/infohuse',
      '/kurser',
      '/kurser/x',
      '/viden',
      '/viden/y',
    ]) {
      expect(pageTypeFor(path), path).toBe('professional');
    }
  });

  it('types the guide and its steps, and every other page as a citizen page', () => {
    expect(pageTypeFor('/bekymring')).toBe('guide');
    expect(pageTypeFor('/bekymring/resultat')).toBe('guide');
    // The printed catalogues list each run's facts; the catalogue page itself is prose for professionals.
    expect(pageTypeFor('/kurser/katalog/2027-foraar')).toBe('listing');
    expect(pageTypeFor('/kurser')).toBe('professional');
    for (const path of ['/', '/kontakt', '/tegn-paa-bekymring', '/hvad-sker-der', '/for-kommunerne', '/videnskab']) {
      expect(pageTypeFor(path), path).toBe('citizen');
    }
  });

  it('holds professional pages to 10–16 words a sentence and at most one sentence in five of six words or fewer', () => {
    expect(sentenceLimitFor('/for-fagpersoner')).toEqual({ minAverageWords: 10, maxAverageWords: 16, maxShortShare: 0.2 });
  });

  it('lets citizen pages and the guide be shorter, but no page average more than 16 words', () => {
    const citizen = sentenceLimitFor('/kontakt');
    const guide = sentenceLimitFor('/bekymring');
    expect(citizen.minAverageWords).toBeLessThan(10);
    expect(guide.minAverageWords).toBeLessThanOrEqual(citizen.minAverageWords);
    expect(guide.maxShortShare).toBeGreaterThanOrEqual(citizen.maxShortShare);
    for (const limit of Object.values(SENTENCE_LIMITS)) expect(limit.maxAverageWords).toBe(16);
  });
});
