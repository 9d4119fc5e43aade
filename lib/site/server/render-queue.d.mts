import type { ServerResponse } from 'node:http';
export declare class RenderQueue {
  constructor(limit: number);
  readonly limit: number;
  readonly running: number;
  readonly length: number;
  enter(res: Pick<ServerResponse, 'once'>, start: () => void): void;
}
export declare function waitsItsTurn(method: string, target: string): boolean;
