/**
 * Validates all content and writes what the server imports: the snapshot of
 * the validated content and the MDX registry. Runs before every build (`npm
 * run build`) and test run, so bad content stops the work with every problem
 * listed, and the server never parses content again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from '../errors';
import { loadContent } from '../load';
import { mdxRegistrySource } from '../registry';
import { snapshotModuleSource, toSnapshot } from '../snapshot';

const generated = path.join(process.cwd(), 'lib', 'content', 'generated');

/** Writes only what changed, so the bundler's cache keeps what it can. */
function writeIfChanged(name: string, source: string): void {
  const file = path.join(generated, name);
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== source) fs.writeFileSync(file, source);
}

try {
  const snapshot = toSnapshot(loadContent());
  fs.mkdirSync(generated, { recursive: true });
  writeIfChanged('content.ts', snapshotModuleSource(snapshot));
  writeIfChanged('mdx-registry.ts', mdxRegistrySource(snapshot.pages));
  const fixtures = process.env.PORTAL_FIXTURES === '1' ? ', test fixtures included' : '';
  console.log(
    `Content OK: ${snapshot.pages.length} pages, ${snapshot.courses.length} courses, ${snapshot.publications.length} publications${fixtures}.`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
