import { describe, expect, it } from 'vitest';
import { withQuery } from './alternates';

const alternates = [
  { locale: 'da' as const, href: '/bekymring/hvem', translated: true },
  { locale: 'en' as const, href: '/en/bekymring/hvem', translated: true },
  { locale: 'en' as const, href: '/en/ikke-oversat/side', translated: false },
];

describe('withQuery', () => {
  it('adds the query to links that lead to the same page', () => {
    expect(withQuery(alternates, '?s=abc').map((alternate) => alternate.href)).toEqual([
      '/bekymring/hvem?s=abc',
      '/en/bekymring/hvem?s=abc',
      '/en/ikke-oversat/side',
    ]);
  });

  it('leaves the links alone without a query', () => {
    expect(withQuery(alternates, undefined)).toEqual(alternates);
    expect(withQuery(alternates, '')).toEqual(alternates);
  });
});
