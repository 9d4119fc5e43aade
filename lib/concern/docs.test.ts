import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ConcernRouteId } from '@/lib/content/schemas/concern';
import { type Answers } from './questions';
import { concernRoutes } from './routing';
import { realConcern } from './test-data';
import { everyCompletedWalk } from './walk';

/**
 * docs/concern-guide.md has a table of which answers lead to which routes,
 * for editors to check against the facts. It must say what the code does.
 */
interface Row {
  line: string;
  danger: string[];
  topic: string[];
  role: string[];
  age: string[];
  routes: string[];
}

const codes = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);

function readTable(): Row[] {
  const doc = fs.readFileSync(path.join(process.cwd(), 'docs', 'concern-guide.md'), 'utf8');
  const table = /<!-- routing-table:start -->([\s\S]*?)<!-- routing-table:end -->/.exec(doc)?.[1] ?? '';
  return table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [danger = '', topic = '', role = '', age = '', routes = ''] = line.split('|').slice(1, -1);
      return { line, danger: codes(danger), topic: codes(topic), role: codes(role), age: codes(age), routes: codes(routes) };
    });
}

/** An empty cell: the question is not asked. `*`: any answer. */
function cellMatches(cell: string[], value: string | undefined): boolean {
  if (cell.length === 0) return value === undefined;
  return cell.includes('*') ? value !== undefined : value !== undefined && cell.includes(value);
}

const rowMatches = (row: Row, answers: Answers) =>
  cellMatches(row.danger, answers.danger) &&
  cellMatches(row.topic, answers.topic) &&
  cellMatches(row.role, answers.role) &&
  cellMatches(row.age, answers.age);

describe('the routing table in docs/concern-guide.md', () => {
  const concern = realConcern();
  const order = concern.routes.map((route) => route.id);
  const rows = readTable();
  const walks = everyCompletedWalk(concern.municipalities.map((m) => m.slug));

  it('has rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(8);
  });

  it('covers every way through the guide with exactly one row', () => {
    const uncovered = walks.filter((answers) => rows.filter((row) => rowMatches(row, answers)).length !== 1);
    expect(uncovered.slice(0, 5)).toEqual([]);
  });

  it('lists the routes the code gives, in the same order', () => {
    const wrong = walks.flatMap((answers) => {
      const row = rows.find((candidate) => rowMatches(candidate, answers));
      const actual: ConcernRouteId[] = concernRoutes(answers, order);
      return row && row.routes.join(',') !== actual.join(',') ? [`${row.line} → code gives ${actual.join(', ')}`] : [];
    });
    expect([...new Set(wrong)]).toEqual([]);
  });
});
