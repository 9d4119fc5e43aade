export declare const loadPolicy: string;
export declare function scriptPolicy(sources: readonly string[]): string;
export declare function fullPolicy(sources: readonly string[]): string;
export declare const securityHeaders: ReadonlyArray<{ key: string; value: string }>;
export declare function inlineScriptHashes(html: string): string[];
