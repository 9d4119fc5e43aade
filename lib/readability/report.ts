import { extractMainText } from './html-text';
import { lixLimitFor, MIN_SENTENCES_JUDGED, type PageType, pageTypeFor, type SentenceLimit, sentenceLimitFor } from './limits';
import { lix } from './lix';
import { sentenceLengths, type SentenceLengthResult } from './sentence-length';

/** A prerendered page: its portal path without locale and its HTML. */
export interface BuiltPage {
  path: string;
  html: string;
  /**
   * Invented test content (tests/fixtures), built into the test build: its
   * placeholder text is measured but not held to the sentence-length limits,
   * which are an editorial standard for real content.
   */
  fixture?: boolean;
}

export interface LixRow {
  path: string;
  lix: number;
  words: number;
  sentences: number;
  longWords: number;
  limit: number;
  type: PageType;
  /** Sentence lengths of the page's running prose. */
  prose: SentenceLengthResult;
  sentenceLimit: SentenceLimit;
  /** Why the page fails, or undefined when it passes. */
  problem?: string;
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** What is wrong with a page's sentence lengths, if anything. */
export function sentenceProblems(prose: SentenceLengthResult, limit: SentenceLimit): string[] {
  if (prose.sentences < MIN_SENTENCES_JUDGED) return [];
  const problems: string[] = [];
  if (prose.averageWords < limit.minAverageWords) problems.push(`sentences average below ${limit.minAverageWords} words`);
  if (prose.averageWords > limit.maxAverageWords) problems.push(`sentences average above ${limit.maxAverageWords} words`);
  if (prose.shortShare > limit.maxShortShare) problems.push(`more than ${percent(limit.maxShortShare)} of sentences have 6 words or fewer`);
  return problems;
}

/**
 * The portal path of a prerendered HTML file of `locale`, given its path
 * relative to `<distDir>/server/app` with `/` separators, or undefined for
 * files of other locales and Next's own pages (`_not-found`, `_global-error`).
 * Next writes `/da/indsatser` as `da/indsatser.html` and the locale's front
 * page as `da.html`; `index.html` is accepted as well.
 */
export function pagePathFromBuildFile(relativeFile: string, locale: string): string | undefined {
  if (!relativeFile.endsWith('.html')) return undefined;
  const segments = relativeFile.slice(0, -'.html'.length).split('/');
  if (segments[0] !== locale) return undefined;
  const below = segments.slice(1);
  if (below.at(-1) === 'index') below.pop();
  if (below.some((segment) => segment.startsWith('_'))) return undefined;
  return '/' + below.join('/');
}

export function measurePage({ path, html, fixture = false }: BuiltPage): LixRow {
  const limits = { limit: lixLimitFor(path), type: pageTypeFor(path), sentenceLimit: sentenceLimitFor(path) };
  const text = extractMainText(html);
  if (text === undefined) {
    const prose = sentenceLengths('');
    return { path, lix: 0, words: 0, sentences: 0, longWords: 0, prose, ...limits, problem: 'no <main> element' };
  }
  const result = lix(text);
  const prose = sentenceLengths(text);
  if (result.words === 0) return { path, ...result, prose, ...limits, problem: 'no text in <main>' };
  const problems = [
    ...(result.lix > limits.limit ? [`LIX above ${limits.limit}`] : []),
    ...(fixture ? [] : sentenceProblems(prose, limits.sentenceLimit)),
  ];
  return { path, ...result, prose, ...limits, ...(problems.length > 0 ? { problem: problems.join('; ') } : {}) };
}

export function measurePages(pages: readonly BuiltPage[]): LixRow[] {
  return pages.map(measurePage).sort((a, b) => a.path.localeCompare(b.path));
}

export function formatLixTable(rows: readonly LixRow[]): string {
  const header = ['Page', 'LIX', 'Limit', 'Words', 'Sentences', 'Long words', 'Type', 'Words/sentence', 'Short', 'Result'];
  const body = rows.map((row) => [
    row.path,
    row.lix.toFixed(1),
    String(row.limit),
    String(row.words),
    String(row.sentences),
    String(row.longWords),
    row.type,
    `${row.prose.averageWords.toFixed(1)} (${row.sentenceLimit.minAverageWords}-${row.sentenceLimit.maxAverageWords})`,
    `${percent(row.prose.shortShare)} (<=${percent(row.sentenceLimit.maxShortShare)})`,
    row.problem ? `FAIL: ${row.problem}` : 'ok',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 || column === cells.length - 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n');
}
