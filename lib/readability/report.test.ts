import { describe, expect, it } from 'vitest';
import { formatLixTable, measurePage, measurePages, pagePathFromBuildFile } from './report';

describe('pagePathFromBuildFile', () => {
  it('maps prerendered files of the locale to portal paths', () => {
    expect(pagePathFromBuildFile('da.html', 'da')).toBe('/');
    expect(pagePathFromBuildFile('da/index.html', 'da')).toBe('/');
    expect(pagePathFromBuildFile('da/indsatser.html', 'da')).toBe('/indsatser');
    expect(pagePathFromBuildFile('da/indsatser/infohuse.html', 'da')).toBe('/indsatser/infohuse');
  });

  it('skips other locales, other files and Next’s own pages', () => {
    expect(pagePathFromBuildFile('en/indsatser.html', 'da')).toBeUndefined();
    expect(pagePathFromBuildFile('en.html', 'da')).toBeUndefined();
    expect(pagePathFromBuildFile('da/indsatser.rsc', 'da')).toBeUndefined();
    expect(pagePathFromBuildFile('_not-found.html', 'da')).toBeUndefined();
    expect(pagePathFromBuildFile('da/_not-found.html', 'da')).toBeUndefined();
  });
});

describe('measurePage', () => {
  // 2 sentences ("Hjælp" heading, paragraph), 6 words, "kommunen" is long: 6/2 + 100/6
  const html = '<body><nav>Menu med mange lange ord</nav><main><h1>Hjælp</h1><p>Ring til kommunen i dag.</p></main></body>';

  it('measures the text of <main> against the limit of its path', () => {
    const row = measurePage({ path: '/bekymring', html });
    expect(row).toMatchObject({ path: '/bekymring', words: 6, sentences: 2, longWords: 1, limit: 35, type: 'guide' });
    // the heading is not prose; the paragraph is one sentence of five words
    expect(row.prose).toMatchObject({ sentences: 1, words: 5, shortSentences: 1 });
    expect(row.lix).toBeCloseTo(3 + 100 / 6, 10);
    expect(row.problem).toBeUndefined();
  });

  it('fails a page above its limit', () => {
    const hard = '<main><p>Kommunernes forebyggelsesindsatser koordineres nationalt.</p></main>';
    expect(measurePage({ path: '/om-centeret', html: hard }).problem).toBe('LIX above 40');
  });

  const paragraph = (sentences: string[]) => `<main><h1>Side</h1><p>${sentences.join(' ')}</p></main>`;
  const choppy = paragraph(Array.from({ length: 5 }, () => 'Vi giver råd til kommuner.'));
  const fluent = paragraph(Array.from({ length: 5 }, () => 'Vi giver råd til kommuner, der vil forebygge ekstremisme lokalt.'));

  it('fails a professional page whose sentences are too short on average or too often very short', () => {
    expect(measurePage({ path: '/for-kommuner', html: choppy }).problem).toBe(
      'sentences average below 10 words; more than 20 % of sentences have 6 words or fewer',
    );
    expect(measurePage({ path: '/for-kommuner', html: fluent }).problem).toBeUndefined();
  });

  it('fails any page whose sentences average more than 16 words', () => {
    const long = paragraph(
      Array.from({ length: 5 }, () => 'Vi går ud og ser på det hele og taler med dem, der bor i et hus og har det svært lige nu.'),
    );
    expect(measurePage({ path: '/kontakt', html: long }).problem).toBe('sentences average above 16 words');
  });

  it('does not judge the sentence lengths of invented test content, but still its LIX', () => {
    expect(measurePage({ path: '/kurser/eksempel', html: choppy, fixture: true }).problem).toBeUndefined();
    const hard = paragraph(Array.from({ length: 5 }, () => 'Kommunernes forebyggelsesindsatser koordineres.'));
    expect(measurePage({ path: '/indsatser', html: hard, fixture: true }).problem).toBe('LIX above 40');
  });

  it('does not judge the sentence lengths of a page with fewer than five prose sentences', () => {
    expect(measurePage({ path: '/for-kommuner', html: paragraph(['Vi ringer.', 'Du svarer.']) }).problem).toBeUndefined();
  });

  it('reports LIX and sentence problems together', () => {
    const hard = paragraph(Array.from({ length: 5 }, () => 'Kommunernes forebyggelsesindsatser koordineres.'));
    expect(measurePage({ path: '/indsatser', html: hard }).problem).toMatch(/^LIX above 40; sentences average below 10 words/);
  });

  it('fails a page without <main> or without text, so a broken page cannot pass unseen', () => {
    expect(measurePage({ path: '/', html: '<body><p>Tekst</p></body>' }).problem).toBe('no <main> element');
    expect(measurePage({ path: '/', html: '<main><script>x</script></main>' }).problem).toBe('no text in <main>');
  });
});

describe('formatLixTable', () => {
  it('prints one aligned row per page, sorted by path, with the result', () => {
    const rows = measurePages([
      { path: '/viden', html: '<main><p>Kommunernes forebyggelsesindsatser koordineres nationalt.</p></main>' },
      { path: '/', html: '<main><p>Vi ringer.</p></main>' },
    ]);
    const lines = formatLixTable(rows).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^Page\s+LIX\s+Limit\s+Words\s+Sentences\s+Long words\s+Type\s+Words\/sentence\s+Short\s+Result$/);
    // "Vi ringer.": 2 words, 1 sentence, no long word: 2/1 + 0 = 2; one very short sentence
    expect(lines[2]).toMatch(/^\/\s+2\.0\s+40\s+2\s+1\s+0\s+citizen\s+2\.0 \(7-16\)\s+100 % \(<=40 %\)\s+ok$/);
    expect(lines[3]).toMatch(/^\/viden\s+104\.0\s+50\s+4\s+1\s+4\s+professional\s+4\.0 \(10-16\)\s+100 % \(<=20 %\)\s+FAIL: LIX above 50$/);
  });
});
