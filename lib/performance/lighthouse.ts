/** The part of a Lighthouse JSON report (LHR) the checks read. */
export interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; numericValue?: number; displayValue?: string }>;
  runWarnings?: string[];
}

export interface Thresholds {
  runs: number;
  /** Minimum score (0–100) per category, compared with the median of the runs. */
  categories: Record<string, number>;
  /**
   * Audits left out on one page type, each with the reason. Only for pages
   * that choose the audited behaviour on purpose.
   */
  skipAudits?: Record<string, { audits: string[]; why: string }>;
}

export const metricAudits = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface PageSummary {
  /** Median score per category, 0–100. */
  scores: Record<string, number>;
  /** Median numeric value per metric (ms, or unitless for layout shift). */
  metrics: Record<string, number>;
  /** Audits that cost points in any run, by category: what to fix. */
  failing: Record<string, string[]>;
}

/** Medians of several runs of one page; a category without a score (an error) counts as 0. */
export function summarise(reports: readonly LighthouseReport[]): PageSummary {
  const categories = Object.keys(reports[0]?.categories ?? {});
  const scores = Object.fromEntries(
    categories.map((category) => [category, Math.round(median(reports.map((report) => (report.categories[category]?.score ?? 0) * 100)))]),
  );
  const metrics = Object.fromEntries(
    metricAudits
      .filter((id) => reports.every((report) => report.audits[id]?.numericValue !== undefined))
      .map((id) => [id, median(reports.map((report) => report.audits[id]!.numericValue!))]),
  );
  const failing: Record<string, string[]> = {};
  for (const category of categories) {
    const ids = new Set<string>();
    for (const report of reports) {
      for (const ref of report.categories[category]?.auditRefs ?? []) {
        const score = report.audits[ref.id]?.score;
        if (ref.weight > 0 && score !== null && score !== undefined && score < 1) ids.add(ref.id);
      }
    }
    if (ids.size > 0) failing[category] = [...ids].sort();
  }
  return { scores, metrics, failing };
}

/** Every category below its threshold, as a sentence naming the audits that cost points. */
export function thresholdProblems(page: string, summary: PageSummary, thresholds: Thresholds): string[] {
  return Object.entries(thresholds.categories).flatMap(([category, minimum]) => {
    const score = summary.scores[category];
    if (score === undefined) return [`${page}: ${category} was not measured`];
    if (score >= minimum) return [];
    const audits = summary.failing[category]?.join(', ') ?? 'no single audit';
    return [`${page}: ${category} ${score} is below ${minimum} (points lost on: ${audits})`];
  });
}
