/**
 * Lighthouse on one page of each type, against a production build:
 *
 *   NEXT_DIST_DIR=.next-e2e npx tsx tests/lighthouse/run.ts [--markdown] [--only=front,search] [--runs=1]
 *
 * Each page is run `runs` times (tests/lighthouse/thresholds.json) in Debian's
 * Chromium with a Danish Accept-Language; the median score per category is
 * compared with the thresholds. Reports go to test-results/lighthouse/.
 * Exits 1 when a page is below a threshold. Performance depends on the
 * machine: the load average is printed so a busy machine can be recognised.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  type LighthouseReport,
  metricAudits,
  type PageSummary,
  summarise,
  type Thresholds,
  thresholdProblems,
} from '../../lib/performance/lighthouse';
import { startServer } from '../support/next-server';
import { type PageType, pageTypes } from '../support/page-types';

const run = promisify(execFile);
const thresholds = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'thresholds.json'), 'utf8')) as Thresholds;
const lighthouseBin = process.env.LIGHTHOUSE_BIN ?? path.join('node_modules', '.bin', 'lighthouse');
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const reportDir = path.join('test-results', 'lighthouse');
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--lang=da-DK'];

async function lighthouse(url: string, type: PageType, index: number): Promise<LighthouseReport> {
  const output = path.join(reportDir, `${type}-${index + 1}.json`);
  const skip = thresholds.skipAudits?.[type]?.audits ?? [];
  await run(
    lighthouseBin,
    [
      url,
      '--quiet',
      `--chrome-flags=${chromeFlags.join(' ')}`,
      `--only-categories=${Object.keys(thresholds.categories).join(',')}`,
      '--extra-headers={"Accept-Language":"da-DK,da;q=0.9"}',
      ...(skip.length > 0 ? [`--skip-audits=${skip.join(',')}`] : []),
      '--output=json',
      `--output-path=${output}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(fs.readFileSync(output, 'utf8')) as LighthouseReport;
}

const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
const ms = (value: number | undefined) => (value === undefined ? '–' : `${Math.round(value)} ms`);

function printSummaries(summaries: Record<string, PageSummary>, markdown: boolean): void {
  const categories = Object.keys(thresholds.categories);
  if (markdown) {
    console.log(`| page type | address | ${categories.join(' | ')} | LCP | TBT | CLS |`);
    console.log(`|---|---|${categories.map(() => '---:').join('|')}|---:|---:|---:|`);
  }
  for (const [type, summary] of Object.entries(summaries)) {
    const scores = categories.map((category) => summary.scores[category] ?? '–');
    const { metrics } = summary;
    const cls = metrics['cumulative-layout-shift']?.toFixed(3) ?? '–';
    const address = pageTypes[type as PageType];
    if (markdown) {
      console.log(
        `| ${type} | \`${address}\` | ${scores.join(' | ')} | ${ms(metrics['largest-contentful-paint'])} | ${ms(metrics['total-blocking-time'])} | ${cls} |`,
      );
    } else {
      console.log(
        `${type.padEnd(10)} ${scores
          .map(String)
          .map((s) => s.padStart(4))
          .join(' ')}   LCP ${ms(metrics['largest-contentful-paint'])}, TBT ${ms(metrics['total-blocking-time'])}, CLS ${cls}`,
      );
    }
  }
}

async function main(): Promise<number> {
  if (!fs.existsSync(lighthouseBin)) throw new Error(`${lighthouseBin} not found: add lighthouse as a devDependency or set LIGHTHOUSE_BIN`);
  const only = process.argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? thresholds.runs);
  const types = (Object.keys(pageTypes) as PageType[]).filter((type) => !only || only.includes(type));
  fs.mkdirSync(reportDir, { recursive: true });
  console.error(`load average (1/5/15 min) at start: ${load()} on ${os.cpus().length} cores`);
  const server = await startServer();
  const summaries: Record<string, PageSummary> = {};
  const warnings = new Set<string>();
  try {
    // Next.js loads a route's code on its first request: a cold guide step took
    // 935 ms to answer where a warm one takes 40 ms, and the loading competed
    // with the browser for the same cores. Measure the origin as it runs.
    for (const type of types) {
      for (let request = 0; request < 3; request++) await (await fetch(server.origin + pageTypes[type])).arrayBuffer();
    }
    for (const type of types) {
      const reports: LighthouseReport[] = [];
      for (let index = 0; index < runs; index++) reports.push(await lighthouse(server.origin + pageTypes[type], type, index));
      reports.flatMap((report) => report.runWarnings ?? []).forEach((warning) => warnings.add(warning));
      summaries[type] = summarise(reports);
      console.error(`${type}: done (load ${load()})`);
    }
  } finally {
    server.stop();
  }
  console.error(`load average at end: ${load()}`);
  for (const warning of warnings) console.error(`lighthouse warned: ${warning}`);
  for (const [type, skipped] of Object.entries(thresholds.skipAudits ?? {})) {
    if (types.includes(type as PageType)) console.log(`${type}: not audited: ${skipped.audits.join(', ')} (${skipped.why})`);
  }
  console.log(`median of ${runs} runs: ${Object.keys(thresholds.categories).join(', ')}; metrics: ${metricAudits.slice(1, 4).join(', ')}`);
  printSummaries(summaries, process.argv.includes('--markdown'));
  const problems = Object.entries(summaries).flatMap(([type, summary]) => thresholdProblems(type, summary, thresholds));
  for (const problem of problems) console.error(`below threshold: ${problem}`);
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
