import { describe, expect, it } from 'vitest';
import { politikreds } from './district-name';
import { realConcern } from './test-data';

describe('politikreds', () => {
  it('names the district of the police force', () => {
    expect(politikreds({ name: 'Østjyllands Politi' })).toBe('Østjyllands Politikreds');
    expect(politikreds({ name: 'Sydsjællands og Lolland-Falsters Politi' })).toBe('Sydsjællands og Lolland-Falsters Politikreds');
  });

  it('gives every real district a name ending in Politikreds', () => {
    const names = realConcern().districts.map(politikreds);
    expect(names.filter((name) => !name.endsWith('s Politikreds'))).toEqual([]);
  });
});
