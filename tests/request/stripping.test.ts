import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutFramework } from '@/lib/site/server/strip-framework.mjs';
import { byTheReferenceTokenizer } from '@/tests/support/reference-stripper';

const distDir = process.env.NEXT_DIST_DIR ?? '.next-e2e';

/** Every HTML file the build wrote: the prerendered pages of both languages, the 404 and the 500 page. */
function builtPages(): string[] {
  const root = path.join(distDir, 'server/app');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(root, file));
}

describe('the server strips real pages as the reference tokenizer does', () => {
  it('on every page the build wrote, byte for byte', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const stripped = withoutFramework(html);
      expect(stripped.length, `${file} has framework scripts to strip`).toBeLessThan(html.length);
      expect(stripped, file).toBe(byTheReferenceTokenizer(html));
    }
  });
});
