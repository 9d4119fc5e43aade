#!/usr/bin/env node
// Post-build step (run after `next build`) over every prerendered page:
//
// 1. Every page loses the framework's scripts and keeps only its islands' own (lib/site/static-scripts.mjs).
//    It works fully without them (every page must), and a phone no longer downloads, parses and
//    runs React to show text it already has: measured in docs/performance.md. Pages rendered per
//    request get the same treatment in proxy.ts.
// 2. Every page gets a script policy that allows exactly its own inline scripts, by hash, so pages
//    stay prerendered and need no nonce. `next start` sends the headers stored beside each page
//    (the `.meta` file next to its `.html`), so the policy is written there.
//
// Next.js' own pages (`_global-error`, `_not-found`) are left as they are. The end-to-end tests
// check the result in a browser: if a Next.js upgrade moves these files, they fail.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inlineScriptHashes, scriptPolicy } from '../security-headers.mjs';
import { withoutFrameworkScripts } from '../static-scripts.mjs';

const HEADER = 'content-security-policy';

async function* metaFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* metaFiles(file);
    else if (entry.name.endsWith('.meta')) yield file;
  }
}

async function readIfExists(file) {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  }
}

const distDir = process.env.NEXT_DIST_DIR || '.next';
let pages = 0;
let stripped = 0;
for await (const metaFile of metaFiles(path.join(distDir, 'server'))) {
  const htmlFile = metaFile.replace(/\.meta$/, '.html');
  let html = await readIfExists(htmlFile);
  if (html === undefined) continue; // route handlers (feeds, images) keep their body in `.body`
  if (!path.basename(htmlFile).startsWith('_')) {
    html = withoutFrameworkScripts(html);
    await writeFile(htmlFile, html);
    stripped += 1;
  }
  const meta = JSON.parse(await readFile(metaFile, 'utf8'));
  meta.headers = { ...meta.headers, [HEADER]: scriptPolicy(inlineScriptHashes(html)) };
  await writeFile(metaFile, JSON.stringify(meta));
  pages += 1;
}

if (pages === 0) {
  console.error(`finish-static-pages: no prerendered pages under ${distDir}/server; run it after \`next build\`.`);
  process.exit(1);
}
console.log(
  `finish-static-pages: ${pages} prerendered pages in ${distDir}; script policy written for all, ` +
    `framework scripts removed from ${stripped}`,
);
