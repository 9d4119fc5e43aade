import { type IslandName, islandScriptPath } from '@/lib/site/static-scripts.mjs';

/**
 * An island's own script, as a module: it runs once the page is parsed, keeps its names to
 * itself, and the page works before it and without it.
 */
export function IslandScript({ name }: { name: IslandName }) {
  // A module script is deferred already; the rule only knows about async and defer.
  // eslint-disable-next-line @next/next/no-sync-scripts
  return <script type="module" src={islandScriptPath(name)} />;
}
