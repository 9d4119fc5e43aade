// Plain ESM: the post-build step (lib/site/cli/finish-static-pages.mjs) and the tests share it.

/**
 * The attribute a client component puts on its outermost element when it
 * needs the browser to run scripts. A prerendered page without it needs none.
 */
export const SCRIPT_ISLAND_ATTRIBUTE = 'data-script-island';

const SCRIPT_ELEMENT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
const LINK_ELEMENT = /<link\b[^>]*>/gi;
const EXECUTABLE_TYPE = /^(|text\/javascript|application\/javascript|module)$/i;

/** Whether a `<script>` with these attributes runs: classic and module scripts do; JSON-LD and other data blocks do not. */
export function runsAsScript(attributes) {
  const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
  return EXECUTABLE_TYPE.test(type);
}

/** The opening tags of the scripts in a page that would run. */
export function runnableScripts(html) {
  return Array.from(html.matchAll(SCRIPT_ELEMENT), ([element, attributes]) =>
    runsAsScript(attributes) ? element.slice(0, element.indexOf('>') + 1) : undefined,
  ).filter(Boolean);
}

/** Spread on a client component's outermost element: `<div {...scriptIsland('quick-exit')}>`. */
export function scriptIsland(name) {
  return { [SCRIPT_ISLAND_ATTRIBUTE]: name };
}

/** Whether a rendered page holds a component that works only with scripts running. */
export function needsScripts(html) {
  return html.includes(`${SCRIPT_ISLAND_ATTRIBUTE}=`);
}

/**
 * The page without the scripts the framework adds (its runtime, React and
 * the page's data for client-side rendering) and without the hints that
 * fetch them early. Data blocks such as JSON-LD stay: they are not run.
 */
export function withoutScripts(html) {
  return html
    .replace(SCRIPT_ELEMENT, (element, attributes) => (runsAsScript(attributes) ? '' : element))
    .replace(LINK_ELEMENT, (element) =>
      /\bas\s*=\s*["']?script\b/i.test(element) || /\brel\s*=\s*["']?modulepreload\b/i.test(element) ? '' : element,
    );
}
