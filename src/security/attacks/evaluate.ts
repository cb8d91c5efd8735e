import { performance } from 'node:perf_hooks';
import { inspectText } from './detector.js';
import type { TextInspection } from './types.js';

/** One labelled row of an evaluation set (`label` is `benign` or an attack class). */
export interface EvaluationRow {
  readonly text: string;
  readonly label: string;
  readonly category?: string;
}

/** Detection counts for one label. `detected` counts flag and block verdicts. */
export interface LabelStats {
  rows: number;
  detected: number;
  blocked: number;
}

/** Counts for one detector over a whole set. */
export interface DetectorStats {
  readonly attacks: LabelStats;
  readonly byLabel: Record<string, LabelStats>;
  readonly benign: LabelStats;
  /** False positives (flag or block) per benign `category`. */
  readonly falsePositivesByCategory: Record<string, number>;
}

/** Result of {@link evaluateDetector}. */
export interface EvaluationReport {
  readonly detector: DetectorStats;
  /** The four case-sensitive substring checks the original intrusion detector ran on the raw URL. */
  readonly naive: DetectorStats;
  /** Time per `inspectText` call, microseconds. */
  readonly latencyMicros: { readonly median: number; readonly p99: number; readonly max: number };
}

/** The original system's patterns, kept to compare against. */
export const NAIVE_PATTERNS: readonly string[] = ['../', '<script', 'union select', 'javascript:'];

function naiveInspect(text: string): 'allow' | 'block' {
  return NAIVE_PATTERNS.some((p) => text.includes(p)) ? 'block' : 'allow';
}

function emptyStats(): LabelStats {
  return { rows: 0, detected: 0, blocked: 0 };
}

function tally(stats: DetectorStats, row: EvaluationRow, verdict: string): void {
  const benign = row.label === 'benign';
  let byLabel = stats.byLabel[row.label];
  if (!benign && byLabel === undefined) {
    byLabel = emptyStats();
    stats.byLabel[row.label] = byLabel;
  }
  const buckets = benign || byLabel === undefined ? [stats.benign] : [stats.attacks, byLabel];
  for (const bucket of buckets) {
    bucket.rows++;
    if (verdict !== 'allow') bucket.detected++;
    if (verdict === 'block') bucket.blocked++;
  }
  if (benign && verdict !== 'allow') {
    const category = row.category ?? 'unknown';
    stats.falsePositivesByCategory[category] = (stats.falsePositivesByCategory[category] ?? 0) + 1;
  }
}

function newStats(): DetectorStats {
  return { attacks: emptyStats(), byLabel: {}, benign: emptyStats(), falsePositivesByCategory: {} };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] as number;
}

/**
 * Runs `inspect` (default: the detector's `inspectText`) and the naive patterns over `rows` and counts
 * detections per label, false positives on benign rows, and inspection latency.
 */
export function evaluateDetector(
  rows: Iterable<EvaluationRow>,
  inspect: (text: string) => TextInspection = inspectText,
): EvaluationReport {
  const detector = newStats();
  const naive = newStats();
  const times: number[] = [];
  for (const row of rows) {
    const start = performance.now();
    const result = inspect(row.text);
    times.push((performance.now() - start) * 1000);
    tally(detector, row, result.verdict);
    tally(naive, row, naiveInspect(row.text));
  }
  times.sort((a, b) => a - b);
  return {
    detector,
    naive,
    latencyMicros: { median: percentile(times, 50), p99: percentile(times, 99), max: times.at(-1) ?? 0 },
  };
}

const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(2)}%`);

/** Renders a report as a plain-text table. */
export function formatEvaluation(report: EvaluationReport): string {
  const { detector, naive } = report;
  const lines = [
    'label           rows   detected  blocked  rate     | naive detected  rate',
    ...Object.keys(detector.byLabel)
      .sort((a, b) => (detector.byLabel[b]?.rows ?? 0) - (detector.byLabel[a]?.rows ?? 0))
      .map((label) => {
        const d = detector.byLabel[label] ?? emptyStats();
        const n = naive.byLabel[label] ?? emptyStats();
        return `${label.padEnd(15)} ${String(d.rows).padStart(5)}  ${String(d.detected).padStart(8)}  ${String(d.blocked).padStart(7)}  ${pct(d.detected, d.rows).padStart(7)}  | ${String(n.detected).padStart(14)}  ${pct(n.detected, n.rows).padStart(7)}`;
      }),
    `${'ALL ATTACKS'.padEnd(15)} ${String(detector.attacks.rows).padStart(5)}  ${String(detector.attacks.detected).padStart(8)}  ${String(detector.attacks.blocked).padStart(7)}  ${pct(detector.attacks.detected, detector.attacks.rows).padStart(7)}  | ${String(naive.attacks.detected).padStart(14)}  ${pct(naive.attacks.detected, naive.attacks.rows).padStart(7)}`,
    '',
    `benign rows ${detector.benign.rows}: false positives (flag+block) ${detector.benign.detected} = ${pct(detector.benign.detected, detector.benign.rows)}, blocked ${detector.benign.blocked} = ${pct(detector.benign.blocked, detector.benign.rows)}`,
    `naive patterns on benign rows: false positives ${naive.benign.detected} = ${pct(naive.benign.detected, naive.benign.rows)}`,
    'false positives by benign category:',
    ...Object.entries(detector.falsePositivesByCategory)
      .sort((a, b) => b[1] - a[1])
      .map(([category, count]) => `  ${String(count).padStart(4)}  ${category}`),
    '',
    `inspectText latency: median ${report.latencyMicros.median.toFixed(1)} µs, p99 ${report.latencyMicros.p99.toFixed(1)} µs, max ${report.latencyMicros.max.toFixed(1)} µs`,
  ];
  return `${lines.join('\n')}\n`;
}
