export declare const SCRIPT_ISLAND_ATTRIBUTE: 'data-script-island';
export declare function scriptIsland(name: string): { 'data-script-island': string };
export declare function needsScripts(html: string): boolean;
export declare function withoutScripts(html: string): string;
export declare function runsAsScript(attributes: string): boolean;
export declare function runnableScripts(html: string): string[];
