import { describe, expect, it } from 'vitest';
import { DEFAULT_LIX_LIMIT, lixLimitFor } from './limits';

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
    expect(lixLimitFor('/kurser')).toBe(40);
    expect(lixLimitFor('/viden')).toBe(40);
  });

  it('holds the professional detail pages of courses and the library to 50', () => {
    expect(lixLimitFor('/kurser/grundkursus-for-infohus-tovholdere')).toBe(50);
    expect(lixLimitFor('/viden/sagsgang-psykiatrien')).toBe(50);
  });
});
