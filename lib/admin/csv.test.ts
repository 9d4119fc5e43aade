import { describe, expect, it } from 'vitest';
import { neutralise, toCsv } from './csv';

describe('CSV for Excel', () => {
  it('starts with a byte-order mark, separates with semicolons and ends lines with CRLF', () => {
    const csv = toCsv(['Navn', 'By'], [['Søren Ærø', 'Århus']]);
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.slice(1)).toBe('Navn;By\r\nSøren Ærø;Århus\r\n');
  });

  it('quotes fields holding the separator, quotes or line breaks', () => {
    expect(toCsv(['a'], [['x;y'], ['sagde "hej"'], ['to\nlinjer'], [null], [3]]).slice(1)).toBe(
      'a\r\n"x;y"\r\n"sagde ""hej"""\r\n"to\nlinjer"\r\n\r\n3\r\n',
    );
  });

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const hostile of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      expect(neutralise(hostile)).toBe(`'${hostile}`);
    for (const plain of ['Anne', '1-2', 'a=b', '']) expect(neutralise(plain)).toBe(plain);
    expect(toCsv(['a'], [['=1;2']]).slice(1)).toBe(`a\r\n"'=1;2"\r\n`);
  });
});
