export declare class RenderQueue {
  constructor(limit: number);
  readonly limit: number;
  readonly running: number;
  readonly length: number;
  /** `res`: the response (or anything that emits 'close' once it is done with). */
  enter(res: { once(event: 'close', listener: () => void): unknown }, start: () => void): void;
}
export declare const STARTS_PER_TURN: number;
export declare function waitsItsTurn(method: string, target: string): boolean;
