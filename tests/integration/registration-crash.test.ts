import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RegisterOutcome } from '@/lib/registration';
import { expectConsistent, expectWhole } from './support/consistency';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';

const child = path.join(import.meta.dirname, 'support', 'crash-child.ts');
const people = 300;

interface Reported {
  n: number;
  outcome: RegisterOutcome;
}

/** Runs the child; kills it with SIGKILL after `killAfter` answers (or lets it finish). */
function runServer(test: TestDatabase, killAfter = Infinity): Promise<{ reported: Reported[]; finished: boolean }> {
  return new Promise((resolve, reject) => {
    const server = spawn(process.execPath, ['--import', 'tsx', child, JSON.stringify(test.config), String(people)], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const reported: Reported[] = [];
    let finished = false;
    readline.createInterface({ input: server.stdout }).on('line', (line) => {
      if (line === 'done') finished = true;
      else reported.push(JSON.parse(line) as Reported);
      if (reported.length === killAfter) server.kill('SIGKILL');
    });
    server.on('error', reject);
    server.on('close', () => resolve({ reported, finished }));
  });
}

describe.each(databaseKinds)('a server killed mid-burst on %s', (kind) => {
  let test: TestDatabase;
  beforeEach(async () => {
    test = await createTestDatabase(kind);
  });
  afterEach(async () => {
    await test.drop();
  });

  it('keeps every answered registration, none half-written, no seat counted twice; the retry after restart finishes the rest', async () => {
    const first = await runServer(test, 60);
    expect(first.finished).toBe(false);
    expect(first.reported.length).toBeGreaterThanOrEqual(60);

    const afterCrash = await expectConsistent(test.db, 20);
    const byReceipt = new Map(afterCrash.rows.map((row) => [row.receipt, row]));
    for (const { outcome } of first.reported) {
      expect(outcome.kind === 'held' || outcome.kind === 'waiting').toBe(true);
      if (outcome.kind !== 'held' && outcome.kind !== 'waiting') continue;
      const row = byReceipt.get(outcome.receipt);
      expect(row, `answered ${outcome.receipt} is stored`).toBeDefined();
      if (outcome.kind === 'waiting') expect(row!.first_place).toBe(outcome.place);
    }
    // Every stored registration is whole: its tokens and its e-mail are there with it.
    await expectWhole(test.db, afterCrash.rows);

    // Restarted, the same requests come again (the browsers retry): the answered ones get the same answer.
    const second = await runServer(test);
    expect(second.finished).toBe(true);
    const retried = new Map(second.reported.map(({ n, outcome }) => [n, outcome]));
    for (const { n, outcome } of first.reported) expect(retried.get(n)).toEqual(outcome);
    const { rows, holding, waiting } = await expectConsistent(test.db, 20);
    expect(rows).toHaveLength(people);
    expect(holding).toHaveLength(20);
    expect(waiting).toHaveLength(people - 20);
  }, 120_000);
});
