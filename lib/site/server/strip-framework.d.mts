type Attrs = Readonly<Record<string, string>>;
export declare function isFrameworkScript(attrs: Attrs): boolean;
export declare function isFrameworkHint(attrs: Attrs): boolean;
export declare class FrameworkStripper {
  push(chunk: Buffer): Buffer;
  end(): Buffer;
}
export declare function strippedBody(body: Buffer): Buffer;
export declare function withoutFramework(html: string): string;
