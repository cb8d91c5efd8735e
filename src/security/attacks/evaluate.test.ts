import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type EvaluationRow, evaluateDetector, formatEvaluation, NAIVE_PATTERNS } from './evaluate.js';

const ROWS: EvaluationRow[] = [
  { text: 'hello world', label: 'benign', category: 'chat' },
  { text: 'see ../docs for more', label: 'benign', category: 'chat' },
  { text: "' or 1=1 --", label: 'sqli' },
  { text: '1 union select 1,2', label: 'sqli' },
  { text: '<script>alert(1)</script>', label: 'xss' },
  { text: 'plain words', label: 'xss' },
];

describe('evaluateDetector', () => {
  it('counts detections per label, false positives, and the naive patterns side by side', () => {
    const report = evaluateDetector(ROWS);
    expect(report.detector.byLabel.sqli).toEqual({ rows: 2, detected: 2, blocked: 2 });
    expect(report.detector.byLabel.xss).toEqual({ rows: 2, detected: 1, blocked: 1 });
    expect(report.detector.attacks).toEqual({ rows: 4, detected: 3, blocked: 3 });
    expect(report.detector.benign.rows).toBe(2);
    expect(report.naive.byLabel.sqli?.detected).toBe(1);
    expect(report.naive.benign.detected).toBe(1);
    expect(report.naive.falsePositivesByCategory).toEqual({ chat: 1 });
    expect(report.latencyMicros.median).toBeGreaterThan(0);
    expect(NAIVE_PATTERNS).toEqual(['../', '<script', 'union select', 'javascript:']);
  });

  it('formats a readable table', () => {
    const text = formatEvaluation(evaluateDetector(ROWS));
    expect(text).toContain('ALL ATTACKS');
    expect(text).toMatch(/benign rows 2: false positives/);
    expect(text).toMatch(/median [\d.]+ µs, p99/);
  });
});

// The labelled DEV set lives outside the repository (../shared); this is a regression gate on it, not a
// benchmark: bench/attacks.mjs prints the full report.
const DEV_SET = fileURLToPath(new URL('../../../../shared/datasets/web-attacks-dev.jsonl', import.meta.url));

describe.skipIf(!existsSync(DEV_SET))('on the web-attacks DEV set', () => {
  it('detects at least 97% of attacks with at most 0.5% false positives', () => {
    const rows = readFileSync(DEV_SET, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as EvaluationRow);
    const { detector } = evaluateDetector(rows);
    expect(detector.attacks.detected / detector.attacks.rows).toBeGreaterThanOrEqual(0.97);
    expect(detector.benign.detected / detector.benign.rows).toBeLessThanOrEqual(0.005);
  });
});
