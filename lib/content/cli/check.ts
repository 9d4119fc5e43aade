/**
 * Validates all content and writes the MDX registry. Runs before every build,
 * type check and test, so bad content stops the work with every problem listed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ContentError, getContent } from '../index';
import { mdxRegistrySource } from '../registry';

const registryFile = path.join(process.cwd(), 'lib', 'content', 'generated', 'mdx-registry.ts');

try {
  const content = getContent();
  const source = mdxRegistrySource(content.pages);
  fs.mkdirSync(path.dirname(registryFile), { recursive: true });
  if (!fs.existsSync(registryFile) || fs.readFileSync(registryFile, 'utf8') !== source) {
    fs.writeFileSync(registryFile, source);
  }
  console.log(`Content OK: ${content.pages.length} pages.`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
