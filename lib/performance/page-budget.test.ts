import { describe, expect, it } from 'vitest';
import { type Budget, budgetProblems, measurePage, scriptSources, stylesheetSources } from './page-budget';

const html = `<!DOCTYPE html><html><head>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>
<script src="/_next/static/chunks/main.js" async=""></script>
<script src="/_next/static/chunks/polyfills.js" noModule=""></script>
</head><body><script>self.__next_f.push([1,"x"])</script>
<script src='/_next/static/chunks/page.js' async></script>
<script src="/_next/static/chunks/main.js" async=""></script></body></html>`;

describe('scriptSources', () => {
  it('lists each external script once, in order, without inline and nomodule scripts', () => {
    expect(scriptSources(html)).toEqual(['/_next/static/chunks/main.js', '/_next/static/chunks/page.js']);
  });
});

describe('stylesheetSources', () => {
  it('lists each linked stylesheet once, in order, without print sheets, preloads or icons', () => {
    const page = `<head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
<link rel="preload" as="font" href="/f.woff2"/><link rel="icon" href="/favicon.ico"/>
<link rel='stylesheet' href='/_next/static/chunks/b.css'><link rel="stylesheet" href="/print.css" media="print"/>
<link href="/_next/static/chunks/a.css" rel="stylesheet"/></head>`;
    expect(stylesheetSources(page)).toEqual(['/_next/static/chunks/a.css', '/_next/static/chunks/b.css']);
  });
});

describe('measurePage', () => {
  it('counts scripts the bare framework page also loads as floor and the rest as ours', () => {
    const sizes: Record<string, number> = { '/a.js': 100_000, '/b.js': 3_000, '/c.js': 1_500 };
    const result = measurePage(['/a.js', '/b.js', '/c.js'], new Set(['/a.js']), (src) => sizes[src]!);
    expect(result).toEqual({
      floor: 100_000,
      ours: 4_500,
      oursFiles: [
        { src: '/b.js', bytes: 3_000 },
        { src: '/c.js', bytes: 1_500 },
      ],
    });
  });
});

describe('budgetProblems', () => {
  const budget: Budget = {
    floorKb: 140,
    oursKb: { activity: 5, search: 12 },
    contentPages: ['activity'],
    contentPageLimitKb: 5,
    stylesheetKb: 12,
  };
  const page = (ours: number) => ({ floor: 0, ours, oursFiles: [{ src: '/x.js', bytes: ours }] });

  it('accepts pages within budget', () => {
    expect(budgetProblems(139_000, { activity: page(5_000), search: page(11_000) }, budget, {})).toEqual([]);
  });

  it('names the page, its size and the files when our JavaScript is over budget', () => {
    expect(budgetProblems(139_000, { activity: page(5_100) }, budget, {})).toEqual([
      'activity: our JavaScript is 5.1 KB, over its budget of 5 KB (/x.js 5.1 KB)',
    ]);
  });

  it('flags a grown framework floor and a page type without a budget', () => {
    expect(budgetProblems(141_000, { guide: page(1) }, budget, {})).toEqual([
      'framework floor: 141.0 KB is over its budget of 140 KB (did a Next.js or React upgrade grow it?)',
      'guide: no budget in the budget file',
    ]);
  });

  it('names the page whose stylesheets together are over their budget', () => {
    expect(budgetProblems(0, {}, budget, { front: 11_900, search: 12_300 })).toEqual([
      'search: its stylesheets are 12.3 KB, over their budget of 12 KB',
    ]);
  });

  it('does not let the budget file give a content page more than the limit', () => {
    expect(budgetProblems(0, {}, { ...budget, oursKb: { activity: 8 } }, {})).toEqual([
      'activity: a content page may add at most 5 KB; the budget file gives 8',
    ]);
  });
});
