import type { Transform } from 'node:stream';
type Attrs = Readonly<Record<string, string>>;
export declare function isFrameworkScript(attrs: Attrs): boolean;
export declare function isFrameworkHint(attrs: Attrs): boolean;
export declare function frameworkStripper(): Transform;
export declare function withoutFramework(html: string): Promise<string>;
