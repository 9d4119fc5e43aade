import { describe, expect, it } from 'vitest';
import { paramValues, readLookupParam } from './lookup-param';
import { MAX_QUERY_LENGTH } from './municipality';

describe('readLookupParam', () => {
  it('reads one name, trimmed', () => {
    expect(readLookupParam(['  Aarhus '])).toEqual({ kind: 'query', query: 'Aarhus' });
  });

  it('tells a missing parameter from an empty one', () => {
    expect(readLookupParam([])).toEqual({ kind: 'absent' });
    expect(readLookupParam(['   '])).toEqual({ kind: 'invalid', reason: 'empty' });
  });

  it('refuses an oversized or repeated parameter', () => {
    expect(readLookupParam(['a'.repeat(MAX_QUERY_LENGTH + 1)])).toEqual({ kind: 'invalid', reason: 'too-long' });
    expect(readLookupParam(['a'.repeat(MAX_QUERY_LENGTH)])).toMatchObject({ kind: 'query' });
    expect(readLookupParam(['Aarhus', 'Odense'])).toEqual({ kind: 'invalid', reason: 'repeated' });
  });
});

describe('paramValues', () => {
  it('turns what Next.js hands over into a list', () => {
    expect(paramValues(undefined)).toEqual([]);
    expect(paramValues('a')).toEqual(['a']);
    expect(paramValues(['a', 'b'])).toEqual(['a', 'b']);
  });
});
