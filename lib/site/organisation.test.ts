import { describe, expect, it } from 'vitest';
import { organisationJsonLd } from './organisation';

describe('organisationJsonLd', () => {
  it('describes the centre by its name and the portal address only', () => {
    expect(organisationJsonLd('Center for Dokumentation og Indsats mod Ekstremisme', new URL('https://example.dk/en'))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Center for Dokumentation og Indsats mod Ekstremisme',
      url: 'https://example.dk/',
    });
  });
});
