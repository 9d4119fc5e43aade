import { describe, expect, it } from 'vitest';
import { config } from '@/proxy';
import { isDecodable, rendersPerRequest } from './request-kind';

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

  it('agrees with the matcher of proxy.ts', () => {
    const matched = config.matcher
      .filter((pattern) => pattern.startsWith('/') && !pattern.includes('('))
      .map((pattern) => pattern.replace(/:\w+/g, 'x'));
    expect(matched.length).toBeGreaterThanOrEqual(10);
    for (const path of matched) expect(rendersPerRequest(path), path).toBe(true);
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
