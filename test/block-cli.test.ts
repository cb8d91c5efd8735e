import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, runCli } from './helpers/cli.js';

describe('rampart block', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rampart-block-'));
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  beforeAll(() => requireBuild());
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('bans a block, lists it with the time left, lifts it, and audits both', async () => {
    const added = await runCli(['block', 'add', '::ffff:203.0.113.0/120', '--reason', 'bad'], env);
    expect(added.code).toBe(1);
    expect(
      (await runCli(['block', 'add', '203.0.113.0/24', '--reason', 'scanner', '--duration', '2h'], env)).code,
    ).toBe(0);
    const listed = await runCli(['block', 'list'], env);
    expect(listed.stdout).toMatch(/203\.0\.113\.0\/24.*120 min.*cli.*scanner/);
    expect((await runCli(['block', 'remove', '203.0.113.0/24'], env)).code).toBe(0);
    expect((await runCli(['block', 'list'], env)).stdout).toContain('No active bans.');
    const exported = await runCli(['audit', 'export'], env);
    expect(
      exported.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).type),
    ).toEqual(['ip_banned', 'ip_unbanned']);
  });

  it.each([
    [['block', 'add', '198.51.100.1'], 64],
    [['block', 'add', '--reason', 'x'], 64],
    [['block', 'frobnicate'], 64],
    [['block', 'remove', '198.51.100.99'], 1],
  ])('rejects %j with exit %i', async (args, code) => {
    expect((await runCli(args, env)).code).toBe(code);
  });
});
