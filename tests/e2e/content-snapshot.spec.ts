import { readServerSourceMaps, scanSources } from '@/lib/content/bundle-sources';
import { expect, test } from '@playwright/test';

// Content is parsed and validated once, by `npm run content:check`; the server
// imports the snapshot it writes. The build's source maps name every module of
// every server bundle (pages, route handlers, the proxy), so none may name a
// content parser, a schema or the loader.
test('no server bundle parses or validates content', () => {
  const distDir = process.env.NEXT_DIST_DIR ?? '.next-e2e';
  const scan = scanSources(readServerSourceMaps(distDir));
  expect(scan.maps, `source maps in ${distDir}/server`).toBeGreaterThan(10);
  expect(scan.snapshotFound, 'the content snapshot in some bundle').toBe(true);
  expect(scan.offenders).toEqual([]);
});
