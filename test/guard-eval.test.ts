import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { requireBuild } from './helpers/cli.js';

const DATASET = path.resolve('../shared/datasets/prompt-injection-dev.jsonl');

describe('npm run eval:guard on a small sample', () => {
  it.skipIf(!fs.existsSync(DATASET))(
    'measures Rampart by source repository beside the seed filter',
    { timeout: 120_000 },
    async () => {
      requireBuild();
      const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rampart-guard-eval-')), 'report.json');
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['bench/guard/eval.mjs', '--sample', '200', '--no-peers', '--json', out],
        { maxBuffer: 10 * 1024 * 1024 },
      );
      expect(stdout).toMatch(/\| detector \| detection/);
      const report = JSON.parse(fs.readFileSync(out, 'utf8')) as {
        rows: number;
        results: {
          name: string;
          detection: number;
          falsePositives: number;
          balancedAccuracy: number;
          p99Us: number;
        }[];
      };
      expect(report.rows).toBe(200);
      const [bySource, shipped, seed] = report.results;
      expect(bySource?.name).toMatch(/by source/);
      expect(shipped?.name).toMatch(/shipped/);
      expect(seed?.name).toMatch(/Seed/);
      // Floors far below the measured values: they catch a broken pipeline, not a model that got a bit worse.
      expect(bySource?.balancedAccuracy).toBeGreaterThan(0.6);
      expect(bySource?.falsePositives).toBeLessThan(0.05);
      // The in-sample model can only lift evidence the rules found, so it is at least as good, not always better.
      expect(shipped?.balancedAccuracy).toBeGreaterThanOrEqual(bySource?.balancedAccuracy ?? 1);
    },
  );
});
