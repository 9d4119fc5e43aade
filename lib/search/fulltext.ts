import Database from 'better-sqlite3';

/** A document as the full-text table stores it: its terms, already processed (terms.ts), joined by spaces. */
export interface TermRow {
  title: string;
  text: string;
  /** The words of the synonym groups that name this page as where to land (content/search). */
  keywords?: string;
}

export interface FullTextTable {
  /** How many rows match an FTS5 expression. */
  count(match: string): number;
  /** Positions (in the rows given) of the best matches, best first. */
  ranked(match: string, limit: number, offset: number): number[];
  /** Memory the table takes in SQLite, outside the JavaScript heap. */
  bytes(): number;
}

/**
 * BM25 weight of each column: a title hit outweighs several mentions in the
 * body text, and so does a keyword, since an editor chose that page for it.
 */
export const COLUMN_WEIGHTS = { title: 4, text: 1, keywords: 4 } as const;

/**
 * SQLite's FTS5 in memory holds the postings and ranks them with BM25 in
 * native code. It receives terms that are already stemmed and folded, so its
 * own tokenizer only splits on the spaces between them; `remove_diacritics 0`
 * leaves them as they are. Full detail (positions) is kept: measured, ranking
 * with `detail=column` was ten times slower.
 */
export function createFullTextTable(rows: readonly TermRow[]): FullTextTable {
  const database = new Database(':memory:');
  database.exec(
    "CREATE VIRTUAL TABLE documents USING fts5(title, text, keywords, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4 5')",
  );
  const insert = database.prepare('INSERT INTO documents(rowid, title, text, keywords) VALUES (?, ?, ?, ?)');
  database.transaction(() => rows.forEach((row, position) => insert.run(position, row.title, row.text, row.keywords ?? '')))();

  // bm25() in ORDER BY, not FTS5's configurable `rank` column: the same order at a third less time
  // on 10,000 pages (measured). FTS5 answers `ORDER BY rank` with an inner query that sorts every
  // match; here SQLite's sorter keeps only the best LIMIT + OFFSET rows. `rowid` settles ties.
  const weights = [COLUMN_WEIGHTS.title, COLUMN_WEIGHTS.text, COLUMN_WEIGHTS.keywords].join(', ');
  const count = database.prepare<[string], number>('SELECT count(*) FROM documents WHERE documents MATCH ?').pluck();
  const ranked = database
    .prepare<[string, number, number], number>(
      `SELECT rowid FROM documents WHERE documents MATCH ? ORDER BY bm25(documents, ${weights}), rowid LIMIT ? OFFSET ?`,
    )
    .pluck();
  return {
    count: (match) => count.get(match) ?? 0,
    ranked: (match, limit, offset) => ranked.all(match, limit, offset),
    bytes: () => (database.pragma('page_count', { simple: true }) as number) * (database.pragma('page_size', { simple: true }) as number),
  };
}
