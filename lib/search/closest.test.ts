import { describe, expect, it } from 'vitest';
import { CLOSEST_LIMIT, closestByTitle } from './closest';

const pages = [
  { url: '/for-kommuner', title: 'For kommuner' },
  { url: '/sanktionslister', title: 'Offentlige sanktionslister' },
  { url: '/raadgivning', title: 'Rådgivning til kommuner og andre' },
  { url: '/mentorer', title: 'Mentorer og forældrecoaches' },
  { url: '/privatliv', title: 'Privatliv og cookies' },
];
const urls = (query: string) => closestByTitle(pages, query).map((page) => page.url);

describe('closestByTitle', () => {
  it('finds titles despite two typos, a word cut short or split, and without æ, ø, å', () => {
    expect(urls('kammunar')[0]).toBe('/for-kommuner');
    expect(urls('sanktioner liste')[0]).toBe('/sanktionslister');
    expect(urls('mentorordning')[0]).toBe('/mentorer');
    expect(urls('radgivnin')[0]).toBe('/raadgivning');
    expect(urls('foraeldrecoach')[0]).toBe('/mentorer');
  });

  it('offers nothing for words unlike every title, or too short to judge', () => {
    expect(urls('fodbold')).toEqual([]);
    expect(urls('xyzzy')).toEqual([]);
    expect(urls('og')).toEqual([]);
    expect(urls('')).toEqual([]);
  });

  it('offers at most a few pages, the nearest first', () => {
    const many = Array.from({ length: 10 }, (_, index) => ({ url: `/${index}`, title: `Kommuner ${index}` }));
    expect(closestByTitle(many, 'kommuner')).toHaveLength(CLOSEST_LIMIT);
    expect(urls('kommuner')[0]).toBe('/for-kommuner');
  });
});
