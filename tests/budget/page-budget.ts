/**
 * The page weight budget, measured from a production build:
 *
 *   NEXT_DIST_DIR=.next-e2e npx tsx tests/budget/page-budget.ts [--markdown]
 *
 * Serves the build, loads one page of each type, and sums the gzipped size of
 * the scripts each loads. The framework floor is what Next.js writes into our
 * own 500 page (app/[locale]/fejl, which has no client code of ours) apart
 * from island scripts; the rest is ours. The stylesheets each page links
 * are summed too: they hold up the first paint. Exits 1 when over budget.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  type Budget,
  budgetProblems,
  measurePage,
  type PageScripts,
  scriptSources,
  stylesheetSources,
} from '../../lib/performance/page-budget';
import { ISLAND_SCRIPT_DIRECTORY } from '../../lib/site/static-scripts.mjs';
import { distDir, startServer } from '../support/next-server';
import { pageTypes } from '../support/page-types';

const budget = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'budget.json'), 'utf8')) as Budget;

/** `/_next/static/chunks/x.js` → the file in the build folder; `/islands/x.js` → the file in public/. */
function servedFile(src: string): string {
  const pathname = decodeURIComponent(new URL(src, 'http://build').pathname);
  if (pathname.startsWith('/_next/')) return path.join(distDir, pathname.slice('/_next/'.length));
  if (pathname.startsWith(ISLAND_SCRIPT_DIRECTORY)) return path.join('public', pathname);
  throw new Error(`${src} is neither a file of the build nor an island's script`);
}

// The level Next's own compression uses (zlib's default), so figures match what is served.
const gzippedSize = (src: string) => gzipSync(fs.readFileSync(servedFile(src))).length;

function floorSources(): Set<string> {
  // Not Next.js' bare _global-error.html: with a pages/ folder the build no longer writes it.
  const bare = path.join(distDir, 'server', 'app', 'da', 'fejl.html');
  if (!fs.existsSync(bare)) throw new Error(`${bare} is missing: build first (next build with NEXT_DIST_DIR=${distDir})`);
  return new Set(scriptSources(fs.readFileSync(bare, 'utf8')).filter((src) => !src.startsWith(ISLAND_SCRIPT_DIRECTORY)));
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

function report(floorBytes: number, pages: Record<string, PageScripts>, stylesheets: Record<string, number>, markdown: boolean): void {
  if (markdown) {
    console.log('| page type | address | ours (KB gz) | budget (KB) | total with floor (KB gz) | stylesheets (KB gz) |');
    console.log('|---|---|---:|---:|---:|---:|');
    for (const [type, measured] of Object.entries(pages)) {
      const address = pageTypes[type as keyof typeof pageTypes];
      console.log(
        `| ${type} | \`${address}\` | ${kb(measured.ours)} | ${budget.oursKb[type]} | ${kb(measured.floor + measured.ours)} | ${kb(stylesheets[type] ?? 0)} |`,
      );
    }
    console.log(`\nFramework floor (Next.js + React, its bare 500 page): ${kb(floorBytes)} KB gz, budget ${budget.floorKb} KB.`);
    console.log(`Stylesheets per page: budget ${budget.stylesheetKb} KB gz.`);
    return;
  }
  console.log(
    `framework floor: ${kb(floorBytes)} KB gz (budget ${budget.floorKb} KB); stylesheets: budget ${budget.stylesheetKb} KB per page`,
  );
  for (const [type, measured] of Object.entries(pages)) {
    const files = measured.oursFiles.map((file) => `${path.basename(file.src)} ${kb(file.bytes)}`).join(', ');
    console.log(
      `${type.padEnd(10)} ours ${kb(measured.ours).padStart(6)} KB (budget ${budget.oursKb[type]} KB), stylesheets ${kb(stylesheets[type] ?? 0)} KB  ${files}`,
    );
  }
}

async function main(): Promise<number> {
  const floor = floorSources();
  const floorBytes = [...floor].reduce((sum, src) => sum + gzippedSize(src), 0);
  const server = await startServer();
  try {
    const pages: Record<string, PageScripts> = {};
    const stylesheets: Record<string, number> = {};
    for (const [type, address] of Object.entries(pageTypes)) {
      const response = await fetch(server.origin + address, { headers: { 'accept-language': 'da' } });
      if (!response.ok) throw new Error(`${address} answered ${response.status}`);
      const html = await response.text();
      pages[type] = measurePage(scriptSources(html), floor, gzippedSize);
      stylesheets[type] = stylesheetSources(html).reduce((sum, href) => sum + gzippedSize(href), 0);
    }
    report(floorBytes, pages, stylesheets, process.argv.includes('--markdown'));
    const problems = budgetProblems(floorBytes, pages, budget, stylesheets);
    for (const problem of problems) console.error(`over budget: ${problem}`);
    return problems.length === 0 ? 0 : 1;
  } finally {
    server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
