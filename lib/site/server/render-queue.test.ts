import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { RenderQueue, waitsItsTurn } from './render-queue.mjs';

/** Resolves after `count` turns of the event loop: the queue starts at most two jobs per turn. */
async function turns(count = 1) {
  for (let turn = 0; turn < count; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

/** A response as far as the queue sees it: something that closes once. */
function response() {
  const emitter = new EventEmitter();
  return { res: emitter, close: () => emitter.emit('close') };
}

describe('RenderQueue', () => {
  it('starts at most its limit at once and the rest in the order they came', async () => {
    const queue = new RenderQueue(2);
    const started: number[] = [];
    const responses = [0, 1, 2, 3, 4].map((n) => {
      const r = response();
      queue.enter(r.res, () => started.push(n));
      return r;
    });
    await turns(5);
    expect(started).toEqual([0, 1]);
    expect(queue.length).toBe(3);
    responses[1]!.close();
    await turns(5);
    expect(started).toEqual([0, 1, 2]);
    responses[0]!.close();
    responses[2]!.close();
    await turns(5);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(queue.running).toBe(2);
    responses[3]!.close();
    responses[4]!.close();
    expect(queue.running).toBe(0);
    expect(queue.length).toBe(0);
  });

  it('starts at most two jobs per turn of the event loop, so that requests are read and connections accepted in between', async () => {
    const queue = new RenderQueue(8);
    const started: number[] = [];
    for (const n of [0, 1, 2, 3, 4]) queue.enter(response().res, () => started.push(n));
    expect(started).toEqual([]);
    await turns(1);
    expect(started).toEqual([0, 1]);
    await turns(1);
    expect(started).toEqual([0, 1, 2, 3]);
    await turns(1);
    expect(started).toEqual([0, 1, 2, 3, 4]);
  });

  it('skips a request whose visitor left while it waited', async () => {
    const queue = new RenderQueue(1);
    const started: string[] = [];
    const first = response();
    const leaver = response();
    const last = response();
    queue.enter(first.res, () => started.push('first'));
    queue.enter(leaver.res, () => started.push('leaver'));
    queue.enter(last.res, () => started.push('last'));
    await turns(3);
    leaver.close();
    expect(queue.length).toBe(1);
    first.close();
    await turns(3);
    expect(started).toEqual(['first', 'last']);
    expect(queue.running).toBe(1);
  });

  it('refuses a limit that would start nothing', () => {
    expect(() => new RenderQueue(0)).toThrow(RangeError);
    expect(() => new RenderQueue(1.5)).toThrow(RangeError);
  });
});

describe('waitsItsTurn', () => {
  it('queues the public pages rendered per request, in both languages', () => {
    expect(waitsItsTurn('GET', '/soeg?q=infohus')).toBe(true);
    expect(waitsItsTurn('HEAD', '/en/bekymring/fare')).toBe(true);
    expect(waitsItsTurn('GET', '/kurser/filtreret?target=kommune')).toBe(true);
  });

  it('lets prerendered and cached pages through at once', () => {
    expect(waitsItsTurn('GET', '/')).toBe(false);
    expect(waitsItsTurn('GET', '/en/indsatser/infohuse')).toBe(false);
    expect(waitsItsTurn('GET', '/kurser')).toBe(false);
    expect(waitsItsTurn('GET', '/_next/static/css/app.css')).toBe(false);
  });

  it('never holds a form, the back office or the health check behind searches', () => {
    expect(waitsItsTurn('POST', '/for-kommuner/anmod-om-raadgivning')).toBe(false);
    expect(waitsItsTurn('GET', '/for-kommuner/anmod-om-raadgivning')).toBe(false);
    expect(waitsItsTurn('GET', '/admin')).toBe(false);
    expect(waitsItsTurn('GET', '/admin/kurser/samtaletraening/2027-foraar-1')).toBe(false);
    expect(waitsItsTurn('GET', '/api/health')).toBe(false);
  });
});
