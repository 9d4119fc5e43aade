import { describe, expect, it } from 'vitest';
import { type LighthouseReport, median, summarise, type Thresholds, thresholdProblems } from './lighthouse';

function report(performance: number, seo: number, tbt: number, failingSeoAudit?: string): LighthouseReport {
  return {
    categories: {
      performance: { score: performance, auditRefs: [{ id: 'total-blocking-time', weight: 30 }] },
      seo: {
        score: seo,
        auditRefs: [
          { id: 'meta-description', weight: 1 },
          { id: 'is-crawlable', weight: 1 },
          { id: 'structured-data', weight: 0 },
        ],
      },
    },
    audits: {
      'total-blocking-time': { title: 'TBT', score: tbt < 200 ? 1 : 0.5, numericValue: tbt },
      'meta-description': { title: 'Meta description', score: failingSeoAudit === 'meta-description' ? 0 : 1 },
      'is-crawlable': { title: 'Crawlable', score: failingSeoAudit === 'is-crawlable' ? 0 : 1 },
      'structured-data': { title: 'Structured data', score: 0 },
    },
  };
}

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([97, 88, 95])).toBe(95);
    expect(median([1, 4, 2, 3])).toBe(2.5);
    expect(() => median([])).toThrow();
  });
});

describe('summarise', () => {
  it('gives the median score and metric of the runs, and the weighted audits that lost points', () => {
    const summary = summarise([report(0.97, 1, 120), report(0.91, 0.92, 410, 'meta-description'), report(0.95, 1, 180)]);
    expect(summary.scores).toEqual({ performance: 95, seo: 100 });
    expect(summary.metrics).toEqual({ 'total-blocking-time': 180 });
    expect(summary.failing).toEqual({ performance: ['total-blocking-time'], seo: ['meta-description'] });
  });
});

describe('thresholdProblems', () => {
  const thresholds: Thresholds = { runs: 3, categories: { performance: 95, seo: 100 } };

  it('passes a page that meets every threshold', () => {
    expect(thresholdProblems('front', summarise([report(0.95, 1, 100)]), thresholds)).toEqual([]);
  });

  it('names the category, the score and the audits that cost points', () => {
    const summary = summarise([report(0.94, 0.92, 300, 'is-crawlable')]);
    expect(thresholdProblems('search', summary, thresholds)).toEqual([
      'search: performance 94 is below 95 (points lost on: total-blocking-time)',
      'search: seo 92 is below 100 (points lost on: is-crawlable)',
    ]);
  });

  it('reports a category that was not measured', () => {
    expect(thresholdProblems('front', summarise([report(1, 1, 0)]), { runs: 1, categories: { accessibility: 100 } })).toEqual([
      'front: accessibility was not measured',
    ]);
  });
});
