import { describe, expect, it } from 'vitest';
import { byTheReferenceTokenizer } from '@/tests/support/reference-stripper';
import { page } from '../sample-page';
import { FrameworkStripper, withoutFramework } from './strip-framework.mjs';

/** A small deterministic generator, so that a failure can be replayed from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  return (below: number) => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    state ^= state >>> 12;
    return (state >>> 0) % below;
  };
}

const PIECES = [
  'Tekst om æ, ø og å 🙂 ',
  'a &lt;script&gt; b',
  '<p>',
  '</p>',
  '<div class="x > y" data-a=\'<script>\'>',
  '</div>',
  '<a href=/x?a=1&amp;b=2 title = "Gå <script> videre">link</a>',
  '<P CLASS=Upper>',
  '<img alt="<script src=/_next/a.js>" src="/a.png"/>',
  '<br/>',
  '<!-- <script>comment()</script> -->',
  '<!--$-->',
  '<!--/$-->',
  '<!-- a -- b --!>',
  '<textarea name="t"><script>t()</script></textarea>',
  '<title>A <script>x()</script> title</title>',
  '<style>a::after{content:"<script>"}</style>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script>self.__next_f.push([1,"\\u003c/script>\\u003cscript>"])</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script >',
  '<SCRIPT type="text/javascript">x()</SCRIPT>',
  '<script type=module src=/islands/quick-exit.js></script>',
  '<script type="application/ld+json">{"name":"a</b>"}</script>',
  '<script src="/_next/a.js"/><p>in the script for a browser</p></script>',
  '<link rel="preload" as="script" href="/_next/static/chunks/b.js"/>',
  '<link rel="modulepreload" href="/_next/c.js">',
  '<link rel="preload" as="style" href="/_next/a.css"/>',
  '<link REL="Preload" AS="Script" href="/_next/d.js"/>',
  '<link rel="preload" as="script" href="/islands/quick-exit.js"/>',
  '<link rel="stylesheet" href="/a.css" data-x="<link rel=modulepreload>"/>',
  '<svg viewBox="0 0 1 1"><title>Ikon</title><path d="M0 0"/></svg>',
  '</ br>',
  '<?xml nonsense?>',
  ' < 3 and 4 > 2 ',
];

function document(next: (below: number) => number): string {
  let html = '<!DOCTYPE html><html lang="da"><head>';
  const count = 5 + next(40);
  for (let index = 0; index < count; index++) html += PIECES[next(PIECES.length)];
  return `${html}</body></html>`;
}

/** Cuts the bytes at `cuts` random places (anywhere, also inside a character) and strips piece by piece. */
function inRandomPieces(html: string, next: (below: number) => number): string {
  const bytes = Buffer.from(html);
  const places = Array.from({ length: next(12) }, () => next(bytes.length + 1)).sort((a, b) => a - b);
  const stripper = new FrameworkStripper();
  const out: Buffer[] = [];
  let from = 0;
  for (const place of [...places, bytes.length]) {
    out.push(stripper.push(bytes.subarray(from, place)));
    from = place;
  }
  out.push(stripper.end());
  return Buffer.concat(out).toString('utf8');
}

describe('the stripper against the reference tokenizer', () => {
  it('agrees on the sample page', () => {
    expect(withoutFramework(page)).toBe(byTheReferenceTokenizer(page));
  });

  it('agrees on 3,000 generated pages, whole and cut into random pieces', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const next = random(seed);
      const html = document(next);
      const expected = byTheReferenceTokenizer(html);
      expect(withoutFramework(html), `seed ${seed}`).toBe(expected);
      expect(inRandomPieces(html, next), `seed ${seed}, in pieces`).toBe(expected);
    }
  });

  it('has something to take out in most generated pages, so the agreement means something', () => {
    let changed = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const html = document(random(seed));
      if (byTheReferenceTokenizer(html) !== html) changed++;
    }
    expect(changed).toBeGreaterThan(200);
  });
});
