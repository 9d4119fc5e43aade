import { describe, expect, it } from 'vitest';
import { runnableScripts } from '../static-scripts.mjs';
import { page } from '../sample-page';
import { FrameworkStripper, isFrameworkHint, isFrameworkScript, withoutFramework } from './strip-framework.mjs';

const attrs = (record: Record<string, string>) => record;

/** The page fed to the stripper in pieces of `size` bytes, as a response arrives (a piece may cut a character). */
function inPieces(html: string, size: number): string {
  const bytes = Buffer.from(html);
  const stripper = new FrameworkStripper();
  const out: Buffer[] = [];
  for (let index = 0; index < bytes.length; index += size) out.push(stripper.push(bytes.subarray(index, index + size)));
  out.push(stripper.end());
  return Buffer.concat(out).toString('utf8');
}

describe('withoutFramework', () => {
  it("removes every script of the framework's, with or without src, and the hints that fetch them", () => {
    const stripped = withoutFramework(page);
    expect(stripped).not.toMatch(/_next\/static\/chunks\/[a-z]+\.js"|__next_|<link[^>]*as="script"[^>]*_next/);
    expect(runnableScripts(stripped)).toEqual(['<script type="module" src="/islands/quick-exit.js">']);
  });

  it("keeps the islands' own scripts and their hints where they are", () => {
    const stripped = withoutFramework(page);
    expect(stripped).toContain(
      '<a href="https://www.dr.dk/">Forlad siden</a><script type="module" src="/islands/quick-exit.js"></script></div>',
    );
    expect(stripped).toContain('<link rel="preload" as="script" href="/islands/quick-exit.js"/>');
  });

  it('keeps everything else byte for byte: content, style sheet, other links, data blocks', () => {
    const stripped = withoutFramework(page);
    const expected = page
      .replace('<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>', '')
      .replace('<link rel="modulepreload" href="/_next/static/chunks/c.js"/>', '')
      .replace('<script src="/_next/static/chunks/b.js" async=""></script>', '')
      .replace('<script src="/_next/static/chunks/d.js" noModule=""></script>', '')
      .replace('<script id="_R_">self.__next_r="x"</script>', '')
      .replace('<script>(self.__next_f=self.__next_f||[]).push([0])</script>', '');
    expect(stripped).toBe(expected);
  });

  it('gives the same page whatever the pieces it arrives in', () => {
    const whole = withoutFramework(page);
    for (const size of [1, 7, 64, 1000]) expect(inPieces(page, size), `pieces of ${size}`).toBe(whole);
  });

  it('does not mistake text or an attribute that looks like a script for one', () => {
    const html =
      '<title>a <script>t()</script></title><p title="<script>x()</script>">a &lt;script&gt; b</p><textarea><script>y()</script></textarea><!-- <script>z()</script> -->';
    expect(withoutFramework(html)).toBe(html);
  });

  it('reads tags as a browser does: any case, attributes unquoted, no self-closing script', () => {
    expect(withoutFramework('<p>a</p><SCRIPT SRC=/_next/a.js></SCRIPT><p>b</p>')).toBe('<p>a</p><p>b</p>');
    expect(withoutFramework('<script src="/_next/a.js"/><p>inside the script for a browser</p></script><p>c</p>')).toBe('<p>c</p>');
  });

  it('takes out a script whose text holds "</scr" + "ipt" only as an escape, and unclosed ones at the end', () => {
    expect(withoutFramework('<p>a</p><script>self.__next_f.push([1,"\\u003c/script>"])</script><p>b</p>')).toBe('<p>a</p><p>b</p>');
    expect(withoutFramework('<p>a</p><script>never closed')).toBe('<p>a</p>');
  });

  it('changes nothing in a page without scripts', () => {
    const stripped = withoutFramework(page);
    expect(withoutFramework(stripped)).toBe(stripped);
  });
});

describe('what counts as the framework', () => {
  it('scripts that run and are not served from /islands/', () => {
    expect(isFrameworkScript(attrs({ src: '/_next/static/chunks/a.js' }))).toBe(true);
    expect(isFrameworkScript(attrs({}))).toBe(true);
    expect(isFrameworkScript(attrs({ type: 'module', src: '/islands/quick-exit.js' }))).toBe(false);
    expect(isFrameworkScript(attrs({ type: 'application/ld+json' }))).toBe(false);
    expect(isFrameworkScript(attrs({ type: 'text/javascript' }))).toBe(true);
  });

  it('hints that fetch such scripts early', () => {
    expect(isFrameworkHint(attrs({ rel: 'preload', as: 'script', href: '/_next/a.js' }))).toBe(true);
    expect(isFrameworkHint(attrs({ rel: 'modulepreload', href: '/_next/a.js' }))).toBe(true);
    expect(isFrameworkHint(attrs({ rel: 'preload', as: 'style', href: '/_next/a.css' }))).toBe(false);
    expect(isFrameworkHint(attrs({ rel: 'preload', as: 'script', href: '/islands/quick-exit.js' }))).toBe(false);
    expect(isFrameworkHint(attrs({ rel: 'stylesheet', href: '/_next/a.css' }))).toBe(false);
  });
});
