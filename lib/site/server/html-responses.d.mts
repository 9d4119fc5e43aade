import type { IncomingMessage, ServerResponse } from 'node:http';
export declare class StrippedPages {
  constructor(limit?: number);
  readonly pages: Map<string, Buffer>;
  strip(body: Buffer): Buffer;
}
export declare function stripHtmlResponses(
  req: IncomingMessage,
  res: ServerResponse,
  pages: StrippedPages,
  options?: { errorPage?: () => Buffer | undefined; emptyNotFound?: (restore: () => void) => void; formRefusal?: () => string },
): void;
