import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentError } from './errors';
import { loadContent, LoaderAtRunTimeError } from './load';

describe('the content loader', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('refuses to run inside Next.js, where the snapshot written by content:check is the content', () => {
    expect(() => loadContent({ NEXT_RUNTIME: 'nodejs' })).toThrow(LoaderAtRunTimeError);
    expect(() => loadContent({ NEXT_RUNTIME: 'edge' })).toThrow(LoaderAtRunTimeError);
  });

  it('reads and validates outside Next.js (content:check, tests)', () => {
    vi.stubEnv('PORTAL_CONTENT_ROOTS', 'tests/fixtures/broken-content');
    expect(() => loadContent({})).toThrow(ContentError);
  });
});
