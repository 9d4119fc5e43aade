import fs from 'node:fs';
import path from 'node:path';
import { type BuiltPage, pagePathFromBuildFile } from '../report';

/**
 * Every prerendered HTML page of `locale` in a Next build directory
 * (`<distDir>/server/app/<locale>.html` and `<distDir>/server/app/<locale>/**`).
 */
export function readPrerenderedPages(distDir: string, locale: string): BuiltPage[] {
  const appDir = path.join(distDir, 'server', 'app');
  const candidates = [`${locale}.html`];
  const localeDir = path.join(appDir, locale);
  if (fs.existsSync(localeDir)) {
    for (const entry of fs.readdirSync(localeDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      candidates.push(path.relative(appDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
    }
  }
  const pages: BuiltPage[] = [];
  for (const relativeFile of candidates) {
    const pagePath = pagePathFromBuildFile(relativeFile, locale);
    const file = path.join(appDir, relativeFile);
    if (pagePath === undefined || !fs.existsSync(file)) continue;
    pages.push({ path: pagePath, html: fs.readFileSync(file, 'utf8') });
  }
  return pages;
}
