import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentError, formatIssue } from './errors';
import { loadContent } from './load';

describe('content errors', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('formats an issue as file: field: message', () => {
    expect(formatIssue({ file: 'content/a.yaml', field: 'runs.0.start', message: 'is wrong' })).toBe(
      'content/a.yaml: runs.0.start: is wrong',
    );
  });

  it('reports every problem of a broken content tree at once, each naming file and field', () => {
    vi.stubEnv('PORTAL_CONTENT_ROOTS', 'tests/fixtures/broken-content');
    let thrown: unknown;
    try {
      loadContent();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    const lines = (thrown as ContentError).message.split('\n').slice(1);
    expect(lines).toEqual([
      'tests/fixtures/broken-content/pages/da/Forkert-Navn.mdx: (file): file and folder names must be lower case a-z, 0-9 and -',
      'tests/fixtures/broken-content/pages/da/index.mdx: description: Too small: expected string to have >=30 characters',
      'tests/fixtures/broken-content/pages/da/index.mdx: updated: must be a date written YYYY-MM-DD',
      'tests/fixtures/broken-content/pages/da/index.mdx: nav.order: Invalid input: expected number, received string',
      'tests/fixtures/broken-content/pages/da/ok.mdx: extra: is not a known field (misspelt?)',
      'tests/fixtures/broken-content/contacts/contacts.yaml: 0.name.en: Invalid input: expected string, received undefined',
      'tests/fixtures/broken-content/contacts/contacts.yaml: 0.phone: must be digits in groups, e.g. 41 74 90 90',
      'tests/fixtures/broken-content/contacts/contacts.yaml: 0.source.url: Invalid URL',
      'tests/fixtures/broken-content/pages/da/links.mdx: link: /findes-ikke leads to a page that does not exist',
      'tests/fixtures/broken-content/pages/da/links.mdx: related: /indsatser/findes-ikke leads to a page that does not exist',
    ]);
    expect((thrown as ContentError).message).toMatch(/^Content is invalid \(10 problems\):/);
  });
});
