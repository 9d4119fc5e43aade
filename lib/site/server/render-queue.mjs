// Plain ESM, used by server.mjs. Unit-tested in render-queue.test.ts.
//
// Why: Node interleaves every render it has started. With 100 pages in flight on two cores, each
// one advances a little at a time and some wait seconds for their turn (p99 4.6-7.6 s measured at
// about 180 renders a second). Starting only a few at a time, in arrival order, serves the same
// number of pages a second while no request waits much longer than the queue ahead of it. Too few
// costs throughput: 4 served fewer pages a second than 8 in six of six alternated rounds.
//
// Why at most two starts per turn of the event loop: a page of the Pages Router renders in one
// stretch of promise callbacks, with no turn of the loop in between. Started back to back, eight
// of them held the loop for about 50 ms, and Node accepted one new connection per turn: under load
// a visitor's new connection waited 5-7 s before its request was even read (measured 2026-12-01),
// and a load generator's first requests 1.5-10 s. Paced, the loop reads and accepts between
// renders, and requests wait here, in arrival order, instead of unread in the kernel. One start per
// turn served 11 % fewer pages a second than two, in four of four alternated rounds; two served as
// many as no pacing, with a lower p99 (docs/performance.md).
import { pathOf, routeOf } from '../routes.mjs';

/** How many waiting jobs may start in one turn of the event loop. */
export const STARTS_PER_TURN = 2;

/**
 * Starts at most `limit` jobs at once, two per turn of the event loop at most, the rest in the
 * order they arrived. A job holds its slot until its response closes (sent, failed or
 * abandoned); a request abandoned while it waits is dropped from the queue without rendering.
 */
export class RenderQueue {
  /** @param {number} limit */
  constructor(limit) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`a render queue needs a positive whole limit, not ${limit}`);
    this.limit = limit;
    this.running = 0;
    /** @type {Array<{ start: () => void, abandoned: boolean }>} */
    this.waiting = [];
    this.turnScheduled = false;
  }

  /** How many requests wait for a slot now. */
  get length() {
    return this.waiting.filter((entry) => !entry.abandoned).length;
  }

  /**
   * Runs `start` on a coming turn of the event loop, once a slot is free and the jobs ahead have started.
   * @param {import('node:http').ServerResponse} res whose 'close' frees the slot
   * @param {() => void} start
   */
  enter(res, start) {
    const entry = { start, abandoned: false };
    entry.start = () => {
      this.running += 1;
      res.once('close', () => {
        this.running -= 1;
        this.next();
      });
      start();
    };
    res.once('close', () => {
      entry.abandoned = true;
    });
    this.waiting.push(entry);
    this.next();
  }

  /** Starts the next waiting jobs on the next turn of the event loop, if slots are free. */
  next() {
    if (this.turnScheduled || this.running >= this.limit || this.waiting.length === 0) return;
    this.turnScheduled = true;
    setImmediate(() => {
      this.turnScheduled = false;
      for (let started = 0; started < STARTS_PER_TURN; started += 1) this.startOne();
      this.next();
    });
  }

  startOne() {
    while (this.running < this.limit && this.waiting.length > 0) {
      const entry = this.waiting.shift();
      if (!entry.abandoned) {
        entry.start();
        return;
      }
    }
  }
}

/**
 * Whether a request waits its turn: a public page rendered for each request (lib/site/routes.mjs),
 * read with GET or HEAD. Forms and the back office are not held behind a queue of searches (a
 * render that waits on the database would hold a slot), and neither is the health check, so that
 * a busy server does not look dead to its load balancer.
 */
export function waitsItsTurn(method, target) {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const pathname = pathOf(target);
  const route = pathname === undefined ? undefined : routeOf(pathname);
  return route?.kind === 'per-request' && !/^\/(?:admin|api)(?:\/|$)/.test(route.path);
}
