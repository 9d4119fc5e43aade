#!/usr/bin/env node
// Post-build step (run after `next build`): gives every prerendered page a script policy that
// allows exactly its own inline scripts, by hash. Pages stay prerendered and need no nonce.
//
// `next start` sends the headers stored beside each prerendered page (the `.meta` file next to
// its `.html`), so the policy is written there. The end-to-end tests check the result in a
// browser: if a Next.js upgrade moves these files, pages lose their script policy and the tests fail.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inlineScriptHashes, scriptPolicy } from '../security-headers.mjs';

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
for await (const metaFile of metaFiles(path.join(distDir, 'server'))) {
  const html = await readIfExists(metaFile.replace(/\.meta$/, '.html'));
  if (html === undefined) continue; // route handlers (feeds, images) keep their body in `.body`
  const meta = JSON.parse(await readFile(metaFile, 'utf8'));
  meta.headers = { ...meta.headers, [HEADER]: scriptPolicy(inlineScriptHashes(html)) };
  await writeFile(metaFile, JSON.stringify(meta));
  pages += 1;
}

if (pages === 0) {
  console.error(`csp-hashes: no prerendered pages under ${distDir}/server; run it after \`next build\`.`);
  process.exit(1);
}
console.log(`csp-hashes: script policy written for ${pages} prerendered page files in ${distDir}`);
