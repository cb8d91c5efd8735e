import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild } from '../../test/helpers/cli.js';
import { createIsolatedJsSandbox } from './isolated-js.js';
import type { JsSandbox } from './js-sandbox.js';

let sandbox: JsSandbox;
beforeAll(() => {
  requireBuild();
  sandbox = createIsolatedJsSandbox({ timeoutMs: 300, workers: 1 });
});
afterAll(() => sandbox.close());

describe('JavaScript sandbox in a worker thread', () => {
  it('runs a script and returns its output', async () => {
    expect(await sandbox.run("console.log('Hello, World!')")).toMatchObject({
      status: 'ok',
      stdout: 'Hello, World!\n',
    });
  });

  it('terminates a builtin call that QuickJS cannot interrupt, at the wall-clock limit, and keeps serving', async () => {
    const started = performance.now();
    const result = await sandbox.run('const a = []; a.length = 2**32 - 1; a.lastIndexOf(1, 2**31)');
    expect(result).toMatchObject({ status: 'timeout' });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(await sandbox.run('console.log(6 * 7)')).toMatchObject({ status: 'ok', stdout: '42\n' });
  });

  it('queues runs beyond its workers and answers each', async () => {
    const results = await Promise.all([1, 2, 3].map((n) => sandbox.run(`console.log(${n})`)));
    expect(results.map((r) => ('stdout' in r ? r.stdout : r.code))).toEqual(['1\n', '2\n', '3\n']);
  });

  it('rejects a worker count outside 1..16', () => {
    expect(() => createIsolatedJsSandbox({ workers: 0 })).toThrow(/workers/);
  });
});
