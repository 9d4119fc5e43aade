import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPrerenderedPages } from './read-build';

const distDir = path.join(import.meta.dirname, '../../../tests/fixtures/readability/dist');

describe('readPrerenderedPages', () => {
  it('finds the Danish front page and every Danish page below it, and nothing else', () => {
    const pages = readPrerenderedPages(distDir, 'da');
    expect(pages.map((page) => page.path).sort()).toEqual(['/', '/bekymring', '/indsatser/infohuse']);
    expect(pages.find((page) => page.path === '/')?.html).toContain('Vi hjælper kommuner.');
  });

  it('finds nothing in a directory that is not a build', () => {
    expect(readPrerenderedPages(path.join(distDir, 'missing'), 'da')).toEqual([]);
  });
});
