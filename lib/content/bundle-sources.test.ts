import { describe, expect, it } from 'vitest';
import { mapSources, scanSources } from './bundle-sources';

describe('scanSources', () => {
  it('finds the snapshot and nothing else in bundles of the validated design', () => {
    const scan = scanSources(
      new Map([
        [
          'server/chunks/a.js.map',
          ['../../../lib/content/generated/content.ts', '../../../lib/content/index.ts', '../../../lib/content/vocabulary.ts'],
        ],
        ['server/chunks/b.js.map', ['../../../node_modules/next/dist/esm/server/app-render.js']],
      ]),
    );
    expect(scan).toEqual({ maps: 2, snapshotFound: true, offenders: [] });
  });

  it('names every parser, schema and loader module a bundle holds', () => {
    const scan = scanSources(
      new Map([
        [
          'server/middleware.js.map',
          [
            '../../node_modules/gray-matter/index.js',
            '../../node_modules/yaml/dist/index.js',
            '../../node_modules/micromark/lib/parse.js',
            '../../node_modules/acorn/dist/acorn.mjs',
            '../../lib/content/schemas/course.ts',
            '../../lib/content/read.ts',
            '../../lib/content/load.ts',
            '../../lib/readability/mdx-text.ts',
            '../../lib/content/vocabulary.ts',
          ],
        ],
      ]),
    );
    expect(scan.snapshotFound).toBe(false);
    expect(scan.offenders).toEqual([
      'server/middleware.js.map: ../../node_modules/gray-matter/index.js',
      'server/middleware.js.map: ../../node_modules/yaml/dist/index.js',
      'server/middleware.js.map: ../../node_modules/micromark/lib/parse.js',
      'server/middleware.js.map: ../../node_modules/acorn/dist/acorn.mjs',
      'server/middleware.js.map: ../../lib/content/schemas/course.ts',
      'server/middleware.js.map: ../../lib/content/read.ts',
      'server/middleware.js.map: ../../lib/content/load.ts',
      'server/middleware.js.map: ../../lib/readability/mdx-text.ts',
    ]);
  });

  it('reads the sources of plain and sectioned source maps', () => {
    expect(mapSources({ sources: ['a.ts'] })).toEqual(['a.ts']);
    expect(mapSources({ sections: [{ map: { sources: ['a.ts'] } }, { map: { sources: ['b.ts'] } }] })).toEqual(['a.ts', 'b.ts']);
  });
});
