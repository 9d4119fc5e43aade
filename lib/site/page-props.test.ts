import { describe, expect, test } from 'vitest';
import { asPageProps } from './page-props';

describe('asPageProps', () => {
  test('leaves out undefined at any depth and keeps everything else', () => {
    const props = asPageProps({ a: 1, b: undefined, c: [{ d: undefined, e: 'x' }], f: null, g: { h: undefined, i: false } });
    expect(props).toStrictEqual({ a: 1, c: [{ e: 'x' }], f: null, g: { i: false } });
    expect(Object.keys(props.c[0]!)).toEqual(['e']);
  });
});
