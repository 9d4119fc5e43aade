import { describe, expect, it } from 'vitest';
import { createFullTextTable } from './fulltext';

const table = createFullTextTable([
  { title: 'nyhed', text: 'infohus infohus infohus mod' },
  { title: 'infohus', text: 'politi samarbejd' },
  { title: 'hotline', text: 'ring til hotline' },
  { title: 'kontakt', text: 'skriv eller ring', keywords: 'telefonlinj' },
  { title: 'nyt', text: 'en telefonlinj og en telefonlinj mere' },
]);

describe('createFullTextTable', () => {
  it('counts the rows that match', () => {
    expect(table.count('"infohus"')).toBe(2);
    expect(table.count('"infohus" AND "politi"')).toBe(1);
    expect(table.count('"ukendt"')).toBe(0);
  });

  it('ranks a title match above repeated mentions in the text', () => {
    expect(table.ranked('"infohus"', 10, 0)).toEqual([1, 0]);
  });

  it('ranks a keyword above repeated mentions in the text', () => {
    expect(table.ranked('"telefonlinj"', 10, 0)).toEqual([3, 4]);
  });

  it('reads a page of the ranking', () => {
    expect(table.ranked('"infohus"', 1, 1)).toEqual([0]);
    expect(table.ranked('"infohus"', 10, 5)).toEqual([]);
  });

  it('matches the start of a term and leaves out what NOT names', () => {
    expect(table.ranked('"hot"*', 10, 0)).toEqual([2]);
    expect(table.ranked('("infohus" OR "hotline") NOT "politi"', 10, 0).sort()).toEqual([0, 2]);
  });

  it('reports the memory its tables take', () => {
    const larger = createFullTextTable(
      Array.from({ length: 500 }, (_, index) => ({ title: `side${index}`, text: 'infohus politi kommun '.repeat(20) })),
    );
    expect(table.bytes()).toBeGreaterThan(0);
    expect(larger.bytes()).toBeGreaterThan(table.bytes());
  });
});
