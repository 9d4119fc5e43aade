import fs from 'node:fs';
import path from 'node:path';

/**
 * What no server bundle may hold once content is validated at `content:check`:
 * the content parsers, the schemas and the loader. (zod itself may come back
 * for a form's own input; it may not come for content, which is what the
 * schemas here stand for.)
 */
const forbidden = [
  /(^|\/)node_modules\/(gray-matter|yaml|js-yaml|micromark[^/]*|acorn[^/]*|remark-[^/]*|unified|mdast-[^/]*)\//,
  /(^|\/)lib\/content\/(schemas\/|read\.ts|load\.ts|snapshot\.ts|mdx-components\.ts|cli\/)/,
  /(^|\/)lib\/readability\//,
];

/** The snapshot, which the server reads instead: proof the scan sees module names at all. */
const snapshotModule = /(^|\/)lib\/content\/generated\/content\.ts$/;

/** The module files one source map names (plain or sectioned). */
export function mapSources(map: { sources?: string[]; sections?: { map: { sources?: string[] } }[] }): string[] {
  return [...(map.sources ?? []), ...(map.sections ?? []).flatMap((section) => section.map.sources ?? [])];
}

export interface BundleScan {
  /** Source maps read. */
  maps: number;
  /** Whether some bundle holds the content snapshot. */
  snapshotFound: boolean;
  /** `<map file>: <module>` for every forbidden module in a bundle. */
  offenders: string[];
}

/** Scans `files` (source map path → its sources) for modules that parse or validate content. */
export function scanSources(files: ReadonlyMap<string, readonly string[]>): BundleScan {
  const offenders: string[] = [];
  let snapshotFound = false;
  for (const [file, sources] of files) {
    for (const source of sources) {
      if (snapshotModule.test(source)) snapshotFound = true;
      if (forbidden.some((pattern) => pattern.test(source))) offenders.push(`${file}: ${source}`);
    }
  }
  return { maps: files.size, snapshotFound, offenders };
}

/** Reads every source map of the server bundles in a build folder. */
export function readServerSourceMaps(distDir: string): Map<string, string[]> {
  const server = path.join(distDir, 'server');
  const found = new Map<string, string[]>();
  for (const entry of fs.readdirSync(server, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js.map')) continue;
    const file = path.join(entry.parentPath, entry.name);
    found.set(path.relative(distDir, file), mapSources(JSON.parse(fs.readFileSync(file, 'utf8'))));
  }
  return found;
}
