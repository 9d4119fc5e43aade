import { describe, expect, it } from 'vitest';
import {
  islandAttributes,
  islandScriptPath,
  islandsIn,
  isIslandScript,
  runnableScripts,
  withoutFrameworkScripts,
} from './static-scripts.mjs';

const page = [
  '<!DOCTYPE html><html lang="da"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/c.js"/>',
  '<link rel="canonical" href="https://example.org/"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script src="/_next/static/chunks/d.js" noModule=""></script>',
  '<link rel="preload" as="script" href="/islands/quick-exit.js"/>',
  '</head><body><main><div data-island="quick-exit"><a href="https://www.dr.dk/">Forlad siden</a>',
  '<script type="module" src="/islands/quick-exit.js"></script></div><h1>Infohuse</h1><p>Tekst med <code>&lt;script&gt;</code> som tekst.</p></main>',
  '<script type="application/ld+json">{"@type":"Organization"}</script>',
  '<script id="_R_">self.__next_r="x"</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '</body></html>',
].join('');

describe('withoutFrameworkScripts', () => {
  const stripped = withoutFrameworkScripts(page);

  it("removes every script of the framework's, with or without src, and the hints that fetch them", () => {
    expect(stripped).not.toMatch(/_next\/static\/chunks\/[a-z]+\.js"|__next_|<link[^>]*as="script"/);
    expect(runnableScripts(stripped)).toEqual(['<script type="module" src="/islands/quick-exit.js">']);
  });

  it("keeps the islands' own scripts where they are", () => {
    expect(stripped).toContain(
      '<a href="https://www.dr.dk/">Forlad siden</a><script type="module" src="/islands/quick-exit.js"></script></div>',
    );
  });

  it('keeps the content, the style sheet, other links and data blocks', () => {
    expect(stripped).toContain('<h1>Infohuse</h1>');
    expect(stripped).toContain('<code>&lt;script&gt;</code>');
    expect(stripped).toContain('href="/_next/static/chunks/a.css"');
    expect(stripped).toContain('<link rel="canonical" href="https://example.org/"/>');
    expect(stripped).toContain('<script type="application/ld+json">{"@type":"Organization"}</script>');
  });

  it('changes nothing in a page without scripts', () => {
    expect(withoutFrameworkScripts(stripped)).toBe(stripped);
  });
});

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
