export type IslandName = 'quick-exit' | 'search-as-you-type' | 'print' | 'menu';
export declare const ISLAND_ATTRIBUTE: 'data-island';
export declare const ISLAND_SCRIPT_DIRECTORY: '/islands/';
export declare function runsAsScript(attributes: string): boolean;
export declare function isIslandScript(attributes: string): boolean;
export declare function runnableScripts(html: string): string[];
export declare function islandsIn(html: string): string[];
export declare function islandAttributes(name: IslandName): { 'data-island': IslandName };
export declare function islandScriptPath(name: IslandName): string;
