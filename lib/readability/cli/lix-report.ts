/**
 * Measures the LIX and the sentence lengths of every prerendered Danish page
 * of a Next build and fails when a page is outside its limits
 * (lib/readability/limits.ts).
 *
 *   tsx lib/readability/cli/lix-report.ts [distDir]
 *
 * The build directory is the argument, else NEXT_DIST_DIR, else `.next`.
 */
import { formatLixTable, measurePages } from '../report';
import { fixturePaths } from './fixture-paths';
import { readPrerenderedPages } from './read-build';

const distDir = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? '.next';
const fixtures = fixturePaths();
const pages = readPrerenderedPages(distDir, 'da').map((page) => ({ ...page, fixture: fixtures.has(page.path) }));

if (pages.length === 0) {
  console.error(`No prerendered Danish pages in ${distDir}/server/app/da: build first (next build).`);
  process.exit(1);
}

const rows = measurePages(pages);
console.log(formatLixTable(rows));
const failing = rows.filter((row) => row.problem);
if (failing.length > 0) {
  console.error(`\n${failing.length} of ${rows.length} Danish pages fail the readability check.`);
  process.exit(1);
}
console.log(`\nAll ${rows.length} Danish pages are within their LIX and sentence-length limits.`);
