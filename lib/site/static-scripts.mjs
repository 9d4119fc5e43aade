// Plain ESM: server.mjs (lib/site/server/strip-framework.mjs), the island components and the tests share it.

/**
 * Pages reach the browser without Next.js' runtime and React: every page works without JavaScript,
 * and on a phone those 135 KB gzip cost more than they bring (docs/performance.md). The few
 * components that do better with a script, the islands, get a small script of their own from
 * public/islands/, which finds its component by this attribute.
 */
export const ISLAND_ATTRIBUTE = 'data-island';

/** Where an island's script is served from (public/islands/<name>.js). */
export const ISLAND_SCRIPT_DIRECTORY = '/islands/';

const SCRIPT_ELEMENT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
const EXECUTABLE_TYPE = /^(|text\/javascript|application\/javascript|module)$/i;
const SOURCE = /\bsrc\s*=\s*["']?([^"'\s>]*)/i;

/** Whether a `<script>` with these attributes runs: classic and module scripts do; JSON-LD and other data blocks do not. */
export function runsAsScript(attributes) {
  const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
  return EXECUTABLE_TYPE.test(type);
}

/** Whether a `<script>` with these attributes is an island's own script. */
export function isIslandScript(attributes) {
  return SOURCE.exec(attributes)?.[1]?.startsWith(ISLAND_SCRIPT_DIRECTORY) ?? false;
}

/** The opening tags of the scripts in a page that would run. */
export function runnableScripts(html) {
  return Array.from(html.matchAll(SCRIPT_ELEMENT), ([element, attributes]) =>
    runsAsScript(attributes) ? element.slice(0, element.indexOf('>') + 1) : undefined,
  ).filter(Boolean);
}

/** The islands a rendered page holds, by name, without repeats. */
export function islandsIn(html) {
  const names = Array.from(html.matchAll(new RegExp(`\\s${ISLAND_ATTRIBUTE}="([a-z-]+)"`, 'g')), ([, name]) => name);
  return [...new Set(names)];
}

/** Spread on an island's outermost element: `<div {...islandAttributes('quick-exit')}>`. */
export function islandAttributes(name) {
  return { [ISLAND_ATTRIBUTE]: name };
}

/** The address of an island's script. */
export function islandScriptPath(name) {
  return `${ISLAND_SCRIPT_DIRECTORY}${name}.js`;
}
