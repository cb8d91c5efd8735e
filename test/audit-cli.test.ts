import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../src/cli/args.js';
import { type AuditRunOptions, runAudit } from '../src/cli/audit-commands.js';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createServices, type Services } from '../src/services.js';
import { openDatabase } from '../src/store/database.js';

const ENV_KEYS = ['DATA_DIR', 'DATABASE_URL', 'LOG_LEVEL'] as const;

describe('rampart audit', () => {
  let dataDir: string;
  let saved: Record<string, string | undefined>;

  beforeEach(async () => {
    saved = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rampart-audit-cli-'));
    process.env.DATA_DIR = dataDir;
    process.env.LOG_LEVEL = 'silent';
    delete process.env.DATABASE_URL;
    await withServices(async ({ log }) => {
      for (const [type, ip] of [
        ['login_failed', '10.0.0.1'],
        ['login_succeeded', '10.0.0.1'],
        ['login_failed', '10.0.0.2'],
      ] as const) {
        await log.record({ type, severity: 'info', client: { ip }, detail: { reason: 'test' } });
      }
    });
  });
  afterEach(() => {
    for (const key of ENV_KEYS) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function withServices<T>(fn: (services: Services) => Promise<T>): Promise<T> {
    const services = await createServices(loadConfig(process.env), { clock: systemClock });
    try {
      return await fn(services);
    } finally {
      await services.close();
    }
  }

  /** Runs `rampart audit <args>` in this process, capturing standard output. */
  function audit(args: string[], options?: AuditRunOptions) {
    const chunks: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(String(chunk));
      return true;
    });
    const run = runAudit(args, options).finally(() => spy.mockRestore());
    return {
      chunks,
      done: run.then((code) => ({ code, stdout: chunks.join('') })),
    };
  }
  const run = (...args: string[]) => audit(args).done;
  const jsonLines = (stdout: string) =>
    stdout
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => JSON.parse(l) as { seq: number; type: string; ip: string; hash: string });

  it('verifies an intact chain and reports the first tampered row with exit 2', async () => {
    expect(await run('verify')).toEqual({ code: 0, stdout: 'OK: 3 events, chain intact\n' });
    const handle = openDatabase({ dataDir });
    try {
      await handle.db
        .updateTable('security_events')
        .set({ ip: '203.0.113.9' })
        .where('seq', '=', 2)
        .execute();
    } finally {
      await handle.close();
    }
    expect(await run('verify')).toEqual({ code: 2, stdout: 'TAMPERED at seq 2: modified\n' });
  });

  it('exports JSON lines oldest first, filtered by type and time', async () => {
    const all = jsonLines((await run('export')).stdout);
    expect(all.map((e) => [e.seq, e.type, e.ip])).toEqual([
      [1, 'login_failed', '10.0.0.1'],
      [2, 'login_succeeded', '10.0.0.1'],
      [3, 'login_failed', '10.0.0.2'],
    ]);
    expect(all.every((e) => /^[0-9a-f]{64}$/.test(e.hash))).toBe(true);
    expect(jsonLines((await run('export', '--type', 'login_failed')).stdout).map((e) => e.seq)).toEqual([
      1, 3,
    ]);
    expect(jsonLines((await run('export', '--since', '24h')).stdout)).toHaveLength(3);
    expect(await run('export', '--since', '2999-01-01')).toEqual({ code: 0, stdout: '' });
    await expect(run('export', '--since', 'yesterday')).rejects.toThrow(UsageError);
    await expect(run('export', 'extra')).rejects.toThrow(UsageError);
  });

  it('tails the last events and follows new ones until stopped', async () => {
    expect(jsonLines((await run('tail', '-n', '2')).stdout).map((e) => e.seq)).toEqual([2, 3]);
    expect(jsonLines((await run('tail')).stdout)).toHaveLength(3);
    await expect(run('tail', '-n', 'ten')).rejects.toThrow(UsageError);

    const stop = new AbortController();
    const following = audit(['tail', '-n', '1', '--follow'], { signal: stop.signal, pollMs: 20 });
    const printed = async (text: string) => {
      for (let i = 0; i < 250 && !following.chunks.join('').includes(text); i += 1) await sleep(20);
    };
    await printed('"seq":3');
    await withServices(({ log }) =>
      log.record({ type: 'logout', severity: 'info', client: { ip: '10.0.0.3' }, detail: {} }),
    );
    await printed('"logout"');
    stop.abort();
    const { code, stdout } = await following.done;
    expect(code).toBe(0);
    expect(jsonLines(stdout).map((e) => [e.seq, e.type])).toEqual([
      [3, 'login_failed'],
      [4, 'logout'],
    ]);
  });

  it('prints its usage and rejects unknown subcommands', async () => {
    expect((await run('help')).stdout).toContain('audit verify');
    await expect(run('shred')).rejects.toThrow(UsageError);
    await expect(run()).rejects.toThrow(UsageError);
  });
});
