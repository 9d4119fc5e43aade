import { describe, expect, it } from 'vitest';
import { page } from './sample-page';
import { islandAttributes, islandScriptPath, islandsIn, isIslandScript, runnableScripts } from './static-scripts.mjs';

describe('runnableScripts', () => {
  it('lists classic and module scripts, with or without src, and leaves out data blocks', () => {
    expect(runnableScripts(page)).toEqual([
      '<script src="/_next/static/chunks/b.js" async="">',
      '<script src="/_next/static/chunks/d.js" noModule="">',
      '<script type="module" src="/islands/quick-exit.js">',
      '<script id="_R_">',
      '<script>',
    ]);
    expect(runnableScripts('<script type="module">x()</script><script type="text/plain">x</script>')).toEqual(['<script type="module">']);
  });
});

describe('islands', () => {
  it('finds the islands a page holds by the attribute islandAttributes gives them, once each', () => {
    const [[name, value]] = Object.entries(islandAttributes('search-as-you-type')) as [[string, string]];
    expect(islandsIn(`<form ${name}="${value}"></form><div ${name}="quick-exit"></div><div ${name}="quick-exit"></div>`)).toEqual([
      'search-as-you-type',
      'quick-exit',
    ]);
    expect(islandsIn('<p>data-island="quick-exit" as text</p>')).toEqual([]);
  });

  it("tells an island's script from the framework's by where it is served from", () => {
    expect(isIslandScript(` type="module" src="${islandScriptPath('quick-exit')}"`)).toBe(true);
    expect(isIslandScript(' src="/_next/static/chunks/b.js" async=""')).toBe(false);
    expect(isIslandScript(' src="https://example.org/islands/x.js"')).toBe(false);
    expect(isIslandScript('')).toBe(false);
  });
});
