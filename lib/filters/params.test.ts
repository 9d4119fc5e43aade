import { describe, expect, it } from 'vitest';
import { excludedBy, parseChoices, readValues } from './params';

describe('readValues', () => {
  it('reads repeated keys, comma lists and arrays alike', () => {
    expect(readValues(new URLSearchParams('a=x&a=y'), 'a')).toEqual(['x', 'y']);
    expect(readValues({ a: 'x, y' }, 'a')).toEqual(['x', 'y']);
    expect(readValues({ a: ['x', 'y,z'] }, 'a')).toEqual(['x', 'y', 'z']);
  });

  it('drops empty values and missing keys', () => {
    expect(readValues({ a: ['', ' '] }, 'a')).toEqual([]);
    expect(readValues({}, 'a')).toEqual([]);
  });
});

describe('parseChoices', () => {
  const allowed = ['red', 'green', 'blue'] as const;

  it('keeps known values in the order of the options, once each', () => {
    expect(parseChoices({ c: ['blue', 'red', 'blue'] }, 'c', allowed).values).toEqual(['red', 'blue']);
  });

  it('reports unknown values instead of failing', () => {
    const result = parseChoices({ c: ['red', 'purple', '<script>'] }, 'c', allowed);
    expect(result.values).toEqual(['red']);
    expect(result.ignored).toEqual([
      { key: 'c', value: 'purple' },
      { key: 'c', value: '<script>' },
    ]);
  });

  it('shortens a very long junk value in the notice', () => {
    const [ignored] = parseChoices({ c: 'x'.repeat(500) }, 'c', allowed).ignored;
    expect(ignored!.value).toHaveLength(41);
  });
});

describe('excludedBy', () => {
  it('excludes only when something is chosen and nothing matches', () => {
    expect(excludedBy([], ['x'])).toBe(false);
    expect(excludedBy(['x'], ['x', 'y'])).toBe(false);
    expect(excludedBy(['z'], ['x', 'y'])).toBe(true);
  });
});
