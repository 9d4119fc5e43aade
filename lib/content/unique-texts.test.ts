import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentError } from './errors';
import { loadContent } from './load';

function problems(root: string): string[] {
  vi.stubEnv('PORTAL_CONTENT_ROOTS', root);
  try {
    loadContent();
  } catch (error) {
    if (error instanceof ContentError) return error.message.split('\n').slice(1);
    throw error;
  }
  return [];
}

describe('unique titles and descriptions', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('names every page, course and publication that repeats a title or description in its language', () => {
    const root = 'tests/fixtures/duplicate-texts';
    expect(problems(root)).toEqual([
      `${root}/pages/da/kopi.mdx: title: same title as ${root}/pages/da/index.mdx`,
      `${root}/pages/da/kopi.mdx: description: same description as ${root}/pages/da/index.mdx`,
      `${root}/kurser/eksempel-kursus.yaml: title.da: same title as ${root}/pages/da/index.mdx`,
      `${root}/viden/eksempel-rapport.yaml: summary.da: same description as ${root}/kurser/eksempel-kursus.yaml`,
    ]);
  });

  it('finds no repeats in the real content and the test fixtures', () => {
    expect(problems('content,tests/fixtures/content')).toEqual([]);
  });
});
