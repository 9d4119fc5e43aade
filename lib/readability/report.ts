import { extractMainText } from './html-text';
import { lixLimitFor } from './limits';
import { lix } from './lix';

/** A prerendered page: its portal path without locale and its HTML. */
export interface BuiltPage {
  path: string;
  html: string;
}

export interface LixRow {
  path: string;
  lix: number;
  words: number;
  sentences: number;
  longWords: number;
  limit: number;
  /** Why the page fails, or undefined when it passes. */
  problem?: string;
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

export function measurePage({ path, html }: BuiltPage): LixRow {
  const limit = lixLimitFor(path);
  const text = extractMainText(html);
  if (text === undefined) {
    return { path, lix: 0, words: 0, sentences: 0, longWords: 0, limit, problem: 'no <main> element' };
  }
  const result = lix(text);
  if (result.words === 0) return { path, ...result, limit, problem: 'no text in <main>' };
  return result.lix > limit ? { path, ...result, limit, problem: `LIX above ${limit}` } : { path, ...result, limit };
}

export function measurePages(pages: readonly BuiltPage[]): LixRow[] {
  return pages.map(measurePage).sort((a, b) => a.path.localeCompare(b.path));
}

export function formatLixTable(rows: readonly LixRow[]): string {
  const header = ['Page', 'LIX', 'Limit', 'Words', 'Sentences', 'Long words', 'Result'];
  const body = rows.map((row) => [
    row.path,
    row.lix.toFixed(1),
    String(row.limit),
    String(row.words),
    String(row.sentences),
    String(row.longWords),
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
