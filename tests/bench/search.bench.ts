/**
 * `npm run bench:search`: index build time, heap and query latency of the
 * site search, on the real content and on 10,000 generated pages.
 * Run with `node --expose-gc` (the npm script does) for steady heap figures.
 */
import { ContentError, getContent } from '@/lib/content';
import { IssueCollector } from '@/lib/content/errors';
import { loadPages } from '@/lib/content/pages';
import { loadSearchSynonyms } from '@/lib/content/search';
import { documentsFromContent } from '@/lib/search/documents';
import { createSearchEngine, type SearchEngine } from '@/lib/search/engine';
import { sanitizeQuery } from '@/lib/search/query';
import { type Locale } from '@/lib/content/schemas/common';
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

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function heapMegabytes(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

interface Figures {
  label: string;
  documents: number;
  buildMs: number;
  heapMb: number;
  p50: number;
  p95: number;
  p99: number;
  queries: number;
}

/** Times the whole call the search page makes: sanitising, searching and building page 1 with snippets. */
function measureQueries(engine: SearchEngine, locale: Locale): number[] {
  const timings: number[] = [];
  for (let round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
    for (const raw of QUERIES[locale]) {
      const started = performance.now();
      engine.search(locale, sanitizeQuery(raw).text);
      const took = performance.now() - started;
      if (round >= WARM_UP_ROUNDS) timings.push(took);
    }
  }
  return timings.sort((a, b) => a - b);
}

function bench(label: string, build: () => SearchEngine, locales: readonly Locale[], documents: number): Figures {
  const before = heapMegabytes();
  const started = performance.now();
  const engine = build();
  const buildMs = performance.now() - started;
  const heapMb = heapMegabytes() - before;
  const timings = locales.flatMap((locale) => measureQueries(engine, locale)).sort((a, b) => a - b);
  return {
    label,
    documents,
    buildMs,
    heapMb,
    p50: percentile(timings, 50),
    p95: percentile(timings, 95),
    p99: percentile(timings, 99),
    queries: timings.length,
  };
}

/**
 * Content is written in parallel with the code; while a link in it is still
 * broken the bench goes on with the pages and synonyms that did load, and
 * says so, rather than measuring nothing.
 */
function loadForBench(): Parameters<typeof documentsFromContent>[0] & { synonyms: ReturnType<typeof loadSearchSynonyms> } {
  try {
    return getContent();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.warn(`Content has ${error.issues.length} problems (npm run content:check); measuring the pages and synonyms that loaded.`);
    const issues = new IssueCollector();
    return { pages: loadPages(issues), synonyms: loadSearchSynonyms(issues) };
  }
}

const loadStarted = performance.now();
const content = loadForBench();
const realDocuments = documentsFromContent(content);
const loadMs = performance.now() - loadStarted;

function benchGenerated(label: string, model: GeneratorModel): Figures {
  const generated = generateDocuments(realDocuments, { count: 10_000, model });
  return bench(label, () => createSearchEngine(generated, content.synonyms), ['da'], generated.length);
}

const results = [
  bench('real content', () => createSearchEngine(realDocuments, content.synonyms), ['da', 'en'], realDocuments.length),
  benchGenerated('10,000 generated pages, each like a real page', 'like-real-pages'),
  benchGenerated('10,000 generated pages, all words everywhere (worst case)', 'all-words-everywhere'),
];

const fixed = (value: number, digits = 2) => value.toFixed(digits);
console.log(
  `Search benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${ROUNDS} rounds after ${WARM_UP_ROUNDS} warm-up`,
);
console.log(`Content loaded and turned into ${realDocuments.length} documents in ${fixed(loadMs, 0)} ms`);
console.log('');
console.log('| corpus | documents | index build | heap | p50 | p95 | p99 | queries timed |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  console.log(
    `| ${r.label} | ${r.documents} | ${fixed(r.buildMs, 0)} ms | ${fixed(r.heapMb, 1)} MB | ${fixed(r.p50)} ms | ${fixed(r.p95)} ms | ${fixed(r.p99)} ms | ${r.queries} |`,
  );
}
if (!(globalThis as { gc?: unknown }).gc) console.log('\n(heap figures are rough: run with node --expose-gc)');
