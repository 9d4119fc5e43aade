import { describe, expect, it } from 'vitest';
import { needsScripts, runnableScripts, SCRIPT_ISLAND_ATTRIBUTE, scriptIsland, withoutScripts } from './static-scripts.mjs';

const page = [
  '<!DOCTYPE html><html lang="da"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/c.js"/>',
  '<link rel="canonical" href="https://example.org/"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script src="/_next/static/chunks/d.js" noModule=""></script>',
  '</head><body><main><h1>Infohuse</h1><p>Tekst med <code>&lt;script&gt;</code> som tekst.</p></main>',
  '<script type="application/ld+json">{"@type":"Organization"}</script>',
  '<script id="_R_">self.__next_r="x"</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '</body></html>',
].join('');

describe('withoutScripts', () => {
  const stripped = withoutScripts(page);

  it('removes every script that would run, with or without src, and the hints that fetch them', () => {
    expect(stripped).not.toMatch(/\.js"|__next_|<script(?! type="application\/ld\+json")/);
  });

  it('keeps the content, the style sheet, other links and data blocks', () => {
    expect(stripped).toContain('<h1>Infohuse</h1>');
    expect(stripped).toContain('<code>&lt;script&gt;</code>');
    expect(stripped).toContain('href="/_next/static/chunks/a.css"');
    expect(stripped).toContain('<link rel="canonical" href="https://example.org/"/>');
    expect(stripped).toContain('<script type="application/ld+json">{"@type":"Organization"}</script>');
  });

  it('changes nothing in a page without scripts', () => {
    expect(withoutScripts(stripped)).toBe(stripped);
  });
});

describe('runnableScripts', () => {
  it('lists classic and module scripts, with or without src, and leaves out data blocks', () => {
    expect(runnableScripts(page)).toEqual([
      '<script src="/_next/static/chunks/b.js" async="">',
      '<script src="/_next/static/chunks/d.js" noModule="">',
      '<script id="_R_">',
      '<script>',
    ]);
    expect(runnableScripts('<script type="module">x()</script><script type="text/plain">x</script>')).toEqual(['<script type="module">']);
    expect(runnableScripts(withoutScripts(page))).toEqual([]);
  });
});

describe('needsScripts', () => {
  it('is true only for a page holding a script island', () => {
    expect(needsScripts(page)).toBe(false);
    expect(needsScripts(`<div ${SCRIPT_ISLAND_ATTRIBUTE}="quick-exit"><a href="https://www.dr.dk/">Forlad siden</a></div>`)).toBe(true);
  });

  it('spots the attribute that scriptIsland gives a component', () => {
    const [[name, value]] = Object.entries(scriptIsland('search-as-you-type')) as [[string, string]];
    expect(needsScripts(`<form ${name}="${value}"></form>`)).toBe(true);
  });
});
