import { describe, expect, it } from 'vitest';
import { config } from '@/proxy';
import { isDecodable, isUnknownPerRequestPage, localeHeader, localeOfPath, localeOfRequest, rendersPerRequest } from './request-kind';

describe('rendersPerRequest', () => {
  it('knows the pages rendered per request, in both languages', () => {
    for (const path of ['/soeg', '/kurser', '/kurser/katalog/2027-foraar', '/viden', '/bekymring/fare', '/bekymring/find-infohus']) {
      expect(rendersPerRequest(path), path).toBe(true);
      expect(rendersPerRequest(`/en${path}`), `/en${path}`).toBe(true);
    }
  });

  it('leaves prerendered pages alone', () => {
    for (const path of [
      '/',
      '/en',
      '/bekymring',
      '/kurser/samtaletraening',
      '/viden/rapport',
      '/indsatser/infohuse',
      '/soeg/x',
      '/english/soeg',
      '/enx/soeg',
    ]) {
      expect(rendersPerRequest(path), path).toBe(false);
    }
  });
});

describe('the matcher of proxy.ts', () => {
  // Each pattern as a regular expression: path-to-regexp's named segments, optional rests and groups.
  const patterns = config.matcher.map(
    (pattern) =>
      new RegExp(
        `^${pattern
          .replace('/:path*', '(?:/.*)?')
          .replace(/:\w+\(/g, '(')
          .replace(/:\w+/g, '[^/]+')}$`,
      ),
  );
  const matches = (path: string) => patterns.some((pattern) => pattern.test(path));

  it('lets every English address through, known or not, for the language of the 404 page', () => {
    for (const path of ['/en', '/en/soeg', '/en/indsatser/infohuse', '/en/findes-ikke', '/en/x/y']) expect(matches(path), path).toBe(true);
  });

  it('lets every Danish page rendered per request through', () => {
    for (const path of ['/soeg', '/kurser', '/kurser/katalog/2027-foraar', '/viden', '/bekymring/fare', '/bekymring/x']) {
      expect(rendersPerRequest(path), path).toBe(true);
      expect(matches(path), path).toBe(true);
    }
  });

  it('leaves Danish prerendered pages, framework files and the API alone', () => {
    for (const path of [
      '/',
      '/indsatser/infohuse',
      '/bekymring',
      '/findes-ikke',
      '/_next/static/chunks/a.js',
      '/api/health',
      '/api/og/da',
    ]) {
      expect(matches(path), path).toBe(false);
    }
  });

  it('catches a badly escaped path anywhere, which Next.js would answer with 500', () => {
    for (const path of ['/a%ZZ', '/api/og/da/%', '/api/og/da/%ff%fe', '/%E0%A4%A']) expect(matches(path), path).toBe(true);
  });
});

describe('isUnknownPerRequestPage', () => {
  const accepted = { concernSteps: ['fare', 'resultat', 'find-infohus'], semesters: ['2027-foraar'], registrationRuns: ['basis/hold-1'] };

  it('accepts the known steps of the guide and the semesters with a catalogue, in both languages', () => {
    for (const path of [
      '/bekymring/fare',
      '/en/bekymring/resultat',
      '/bekymring/find-infohus',
      '/kurser/katalog/2027-foraar',
      '/en/kurser/katalog/2027-foraar',
    ]) {
      expect(isUnknownPerRequestPage(path, accepted), path).toBe(false);
    }
  });

  it('sends any other step or semester to the 404 page', () => {
    for (const path of ['/bekymring/x', '/en/bekymring/FARE', '/kurser/katalog/2031-foraar', '/en/kurser/katalog/x']) {
      expect(isUnknownPerRequestPage(path, accepted), path).toBe(true);
    }
  });

  it('has no opinion on other pages', () => {
    for (const path of ['/', '/bekymring', '/kurser', '/kurser/katalog', '/indsatser/x', '/bekymring/fare/x']) {
      expect(isUnknownPerRequestPage(path, accepted), path).toBe(false);
    }
  });
});

describe('the language of a request', () => {
  it('is English under /en and Danish everywhere else', () => {
    expect(localeOfPath('/en')).toBe('en');
    expect(localeOfPath('/en/soeg')).toBe('en');
    expect(localeOfPath('/english')).toBe('da');
    expect(localeOfPath('/indsatser')).toBe('da');
  });

  it('is read back from the header proxy.ts sets, Danish when it is missing or unknown', () => {
    expect(localeOfRequest(new Headers({ [localeHeader]: 'en' }))).toBe('en');
    expect(localeOfRequest(new Headers({ [localeHeader]: 'fr' }))).toBe('da');
    expect(localeOfRequest(new Headers())).toBe('da');
  });
});

describe('isDecodable', () => {
  it('accepts plain and well-escaped paths', () => {
    expect(isDecodable('/kurser')).toBe(true);
    expect(isDecodable('/s%C3%B8g')).toBe(true);
    expect(isDecodable('/%2e%2e%2f')).toBe(true);
  });

  it('refuses broken escapes and bytes that are not UTF-8', () => {
    for (const path of ['/%', '/a%zz', '/%E0%A4%A', '/%ff%fe', '/%ED%A0%80']) expect(isDecodable(path), path).toBe(false);
  });
});
