/**
 * `npm run bench:search`: index build time, heap and query latency of the
 * site search, on the real content and on 10,000 generated pages.
 * Run with `tsx --expose-gc` (the npm script does) for steady heap figures.
 * `BENCH_PER_QUERY=1` also prints the median time of each query.
 *
 * Latency is wall-clock time; CPU time is printed beside it because this
 * machine is shared, and when other work competes for its two cores the
 * wall-clock figures grow while the CPU time stays close to the truth.
 */
import os from 'node:os';
import { ContentError, IssueCollector } from '@/lib/content/errors';
import { loadContent } from '@/lib/content/load';
import { loadPages } from '@/lib/content/pages';
import { pageSnapshot, toSnapshot } from '@/lib/content/snapshot';
import { type Locale } from '@/lib/i18n/routing';
import { loadSearchSynonyms } from '@/lib/content/search';
import { languageWordList } from '@/lib/search/dictionary';
import { documentsFromContent } from '@/lib/search/documents';
import { createSearchEngine, type SearchEngine } from '@/lib/search/engine';
import { sanitizeQuery } from '@/lib/search/query';
import { generateDocuments, type GeneratorModel } from './generate';

/** What people type: one to three words, inflected, with synonyms, some with a typo, some half typed. */
const QUERIES: Record<Locale, string[]> = {
  da: [
    'infohus',
    'bekymring',
    'kommuner',
    'forældrene',
    'radikalisering',
    'ekstremisme online',
    'hotline',
    'info-hus',
    'ssp',
    'kursus for lærere',
    'bekymret for min søn',
    'rådgivning kommune',
    'forebyggelse',
    'psykiatrien',
    'vurdering af bekymringer',
    'bekymrnig',
    'kommmune',
    'radikalisring',
    'forebygelse',
    'ekstrem',
    'infoh',
    'politi og kommune',
    'hadforbrydelse',
    'unge',
  ],
  en: ['infohus', 'municipalities', 'worried parent', 'extremism', 'radicalisation', 'hotline', 'course', 'municipalitis', 'preven'],
};

const ROUNDS = 40;
const WARM_UP_ROUNDS = 3;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function heapMegabytes(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

interface Timing {
  query: string;
  wall: number;
  cpu: number;
}

/** Times the whole call the search page makes: sanitising, searching and building page 1 with snippets. */
function measureQueries(engine: SearchEngine, locale: Locale): Timing[] {
  const timings: Timing[] = [];
  for (let round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
    for (const query of QUERIES[locale]) {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      engine.search(locale, sanitizeQuery(query).text);
      const wall = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      if (round >= WARM_UP_ROUNDS) timings.push({ query, wall, cpu: (cpu.user + cpu.system) / 1000 });
    }
  }
  return timings;
}

interface Figures {
  label: string;
  documents: number;
  buildMs: number;
  heapMb: number;
  /** SQLite's full-text tables, which live outside the JavaScript heap. */
  tablesMb: number;
  wall: number[];
  cpu: number[];
  perQuery: Map<string, number>;
}

function bench(label: string, build: () => SearchEngine, locales: readonly Locale[], documents: number): Figures {
  const before = heapMegabytes();
  const started = performance.now();
  const engine = build();
  const buildMs = performance.now() - started;
  const heapMb = heapMegabytes() - before;
  const tablesMb = engine.indexBytes() / 1024 / 1024;
  const timings = locales.flatMap((locale) => measureQueries(engine, locale));
  const perQuery = new Map<string, number>();
  for (const query of new Set(timings.map((timing) => timing.query))) {
    const own = timings.filter((timing) => timing.query === query).map((timing) => timing.wall);
    perQuery.set(
      query,
      percentile(
        own.sort((a, b) => a - b),
        50,
      ),
    );
  }
  return {
    label,
    documents,
    buildMs,
    heapMb,
    tablesMb,
    wall: timings.map((timing) => timing.wall).sort((a, b) => a - b),
    cpu: timings.map((timing) => timing.cpu).sort((a, b) => a - b),
    perQuery,
  };
}

/**
 * Content is written in parallel with the code; while a link in it is still
 * broken the bench goes on with the pages and synonyms that did load, and
 * says so, rather than measuring nothing.
 */
function loadForBench(): Parameters<typeof documentsFromContent>[0] & { synonyms: ReturnType<typeof loadSearchSynonyms> } {
  try {
    return toSnapshot(loadContent());
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.warn(`Content has ${error.issues.length} problems (npm run content:check); measuring the pages and synonyms that loaded.`);
    const issues = new IssueCollector();
    return { pages: loadPages(issues).map((page) => pageSnapshot(page, [])), synonyms: loadSearchSynonyms(issues) };
  }
}

const loadAverageBefore = os.loadavg()[0]!;
const loadStarted = performance.now();
const content = loadForBench();
const realDocuments = documentsFromContent(content);
const loadMs = performance.now() - loadStarted;

// The site loads them on the first word its pages lack; loaded here first, so that the index build figures stay comparable.
const heapBeforeWordLists = heapMegabytes();
const wordListsStarted = performance.now();
for (const locale of ['da', 'en'] as const) languageWordList(locale);
const wordListsMs = performance.now() - wordListsStarted;
const wordListsMb = heapMegabytes() - heapBeforeWordLists;
const engineOptions = { wordList: languageWordList };

function benchGenerated(label: string, model: GeneratorModel): Figures {
  const generated = generateDocuments(realDocuments, { count: 10_000, model });
  return bench(label, () => createSearchEngine(generated, content.synonyms, engineOptions), ['da'], generated.length);
}

const results = [
  bench('real content', () => createSearchEngine(realDocuments, content.synonyms, engineOptions), ['da', 'en'], realDocuments.length),
  benchGenerated('10,000 generated pages, each like a real page', 'like-real-pages'),
  benchGenerated('10,000 generated pages, all words everywhere (worst case)', 'all-words-everywhere'),
];

const ms = (value: number) => `${value.toFixed(2)} ms`;
console.log(`Search benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} cores`);
console.log(
  `Load average (1 min) before ${loadAverageBefore.toFixed(2)}, after ${os.loadavg()[0]!.toFixed(2)}; ${ROUNDS} rounds after ${WARM_UP_ROUNDS} warm-up`,
);
console.log(`Content loaded and turned into ${realDocuments.length} documents in ${loadMs.toFixed(0)} ms`);
console.log(`Word lists of both languages (typo tolerance) loaded in ${wordListsMs.toFixed(0)} ms, ${wordListsMb.toFixed(1)} MB of heap`);
console.log('');
console.log('| corpus | documents | index build | heap | SQLite tables | p50 | p95 | p99 | p95 CPU time | queries timed |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  const cells = [r.label, r.documents, `${r.buildMs.toFixed(0)} ms`, `${r.heapMb.toFixed(1)} MB`, `${r.tablesMb.toFixed(1)} MB`];
  cells.push(ms(percentile(r.wall, 50)), ms(percentile(r.wall, 95)), ms(percentile(r.wall, 99)), ms(percentile(r.cpu, 95)), r.wall.length);
  console.log(`| ${cells.join(' | ')} |`);
}
if (!(globalThis as { gc?: unknown }).gc) console.log('\n(heap figures are rough: run with tsx --expose-gc)');
if (process.env.BENCH_PER_QUERY) {
  for (const r of results) {
    console.log(`\nMedian per query, ${r.label}:`);
    for (const [query, median] of [...r.perQuery].sort((a, b) => b[1] - a[1])) console.log(`  ${ms(median).padStart(10)}  ${query}`);
  }
}
