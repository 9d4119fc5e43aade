/** Sizes in bytes after gzip, as the browser downloads them. */
export interface PageScripts {
  /** Scripts the framework loads on every page: Next.js and React. */
  floor: number;
  /** Everything else: what the portal's own client code adds. */
  ours: number;
  /** The files counted as ours, with their sizes, so a breach can be traced. */
  oursFiles: { src: string; bytes: number }[];
}

export interface Budget {
  /** Kilobytes (1,000 bytes) after gzip. */
  floorKb: number;
  oursKb: Record<string, number>;
  /** Page types whose `oursKb` may not exceed `contentPageLimitKb`, whatever the budget file says. */
  contentPages: string[];
  contentPageLimitKb: number;
  /** Render-blocking stylesheets per page, all of them: nothing paints before they arrive. */
  stylesheetKb: number;
}

const scriptTag = /<script\b([^>]*)>/gi;
const linkTag = /<link\b([^>]*)>/gi;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}(?:=(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(attributes);
  if (!match) return undefined;
  return match[1] ?? match[2] ?? match[3] ?? '';
}

/**
 * The external scripts a page makes a modern browser load, in document order,
 * each once. `nomodule` scripts (legacy polyfills) are skipped: browsers that
 * run modules never fetch them.
 */
export function scriptSources(html: string): string[] {
  const sources: string[] = [];
  for (const [, attributes = ''] of html.matchAll(scriptTag)) {
    const src = attribute(attributes, 'src');
    if (!src || attribute(attributes, 'nomodule') !== undefined) continue;
    if (!sources.includes(src)) sources.push(src);
  }
  return sources;
}

/**
 * The stylesheets a page links, each once. Print-only sheets are skipped: they
 * do not hold up the first paint.
 */
export function stylesheetSources(html: string): string[] {
  const sources: string[] = [];
  for (const [, attributes = ''] of html.matchAll(linkTag)) {
    const href = attribute(attributes, 'href');
    const rel = attribute(attributes, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    if (!href || !rel.includes('stylesheet') || attribute(attributes, 'media')?.trim().toLowerCase() === 'print') continue;
    if (!sources.includes(href)) sources.push(href);
  }
  return sources;
}

/**
 * Splits a page's scripts into the framework floor (those a page with nothing
 * of ours also loads) and ours.
 */
export function measurePage(
  sources: readonly string[],
  floorSources: ReadonlySet<string>,
  gzippedSize: (src: string) => number,
): PageScripts {
  const result: PageScripts = { floor: 0, ours: 0, oursFiles: [] };
  for (const src of sources) {
    const bytes = gzippedSize(src);
    if (floorSources.has(src)) {
      result.floor += bytes;
    } else {
      result.ours += bytes;
      result.oursFiles.push({ src, bytes });
    }
  }
  return result;
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

/** Every way the measured pages break the budget, as sentences; empty when all is well. */
export function budgetProblems(
  floorBytes: number,
  pages: Record<string, PageScripts>,
  budget: Budget,
  stylesheetBytes: Record<string, number>,
): string[] {
  const problems: string[] = [];
  if (floorBytes > budget.floorKb * 1000) {
    problems.push(
      `framework floor: ${kb(floorBytes)} KB is over its budget of ${budget.floorKb} KB (did a Next.js or React upgrade grow it?)`,
    );
  }
  for (const type of budget.contentPages) {
    const allowed = budget.oursKb[type];
    if (allowed === undefined || allowed > budget.contentPageLimitKb) {
      problems.push(
        `${type}: a content page may add at most ${budget.contentPageLimitKb} KB; the budget file gives ${allowed ?? 'nothing'}`,
      );
    }
  }
  for (const [type, measured] of Object.entries(pages)) {
    const allowed = budget.oursKb[type];
    if (allowed === undefined) {
      problems.push(`${type}: no budget in the budget file`);
    } else if (measured.ours > allowed * 1000) {
      const files = measured.oursFiles.map((file) => `${file.src} ${kb(file.bytes)} KB`).join(', ');
      problems.push(`${type}: our JavaScript is ${kb(measured.ours)} KB, over its budget of ${allowed} KB (${files})`);
    }
  }
  for (const [type, bytes] of Object.entries(stylesheetBytes)) {
    if (bytes > budget.stylesheetKb * 1000) {
      problems.push(`${type}: its stylesheets are ${kb(bytes)} KB, over their budget of ${budget.stylesheetKb} KB`);
    }
  }
  return problems;
}
