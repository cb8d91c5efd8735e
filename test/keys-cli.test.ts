import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { generateKeyEntry } from '../src/security/keyring.js';
import { createServices } from '../src/services.js';
import { requireBuild, runCli } from './helpers/cli.js';
import { TEST_NOW } from './helpers/services.js';

describe('rampart keys', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rampart-keys-'));
  const k1 = generateKeyEntry('k1');
  const k2 = generateKeyEntry('k2');
  beforeAll(async () => {
    requireBuild();
    const services = await createServices(
      loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ENCRYPTION_KEYS: k1 }),
      {
        clock: createManualClock(TEST_NOW),
      },
    );
    const owner = await services.accounts.createUser(
      { username: 'owner', password: 'a long enough password', role: 'user' },
      { userId: null },
    );
    for (let i = 0; i < 12; i++) await services.store.journal.add(owner.id, `entry ${i}`);
    await services.close();
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('shows what each key protects, rotates to the new key, and then lets the old one go', async () => {
    const both = { DATA_DIR: dataDir, LOG_LEVEL: 'silent', ENCRYPTION_KEYS: `${k2},${k1}` };
    const before = await runCli(['keys', 'status'], both);
    expect(before.code).toBe(0);
    expect(before.stdout).toMatch(/k2\s+0\s+current/);
    expect(before.stdout).toMatch(/k1\s+12\s+still needed/);
    // Without k1 the server refuses to start, naming the key it misses.
    const missing = await runCli(['keys', 'status'], { ...both, ENCRYPTION_KEYS: k2 });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('sealed with key "k1"');

    const rotated = await runCli(['keys', 'rotate', '--batch', '5'], both);
    expect(rotated.code).toBe(0);
    expect(rotated.stdout).toMatch(/Re-sealed 12 value\(s\) with key k2/);
    expect(rotated.stderr).toContain('rotating: 12/12 (100%)');
    const after = await runCli(['keys', 'status'], both);
    expect(after.stdout).toMatch(/k1\s+0\s+protects nothing/);
    expect((await runCli(['keys', 'status'], { ...both, ENCRYPTION_KEYS: k2 })).code).toBe(0);
    const events = await runCli(['audit', 'export', '--type', 'keys_rotated'], both);
    expect(JSON.parse(events.stdout.trim()).detail).toEqual({ key_id: 'k2', values: 12 });
  });

  it.each([
    [['keys'], 64],
    [['keys', 'spin'], 64],
    [['keys', 'rotate', '--batch', '0'], 64],
    [['keys', 'rotate', '--batch', 'many'], 64],
  ])('rejects %j with exit %i', async (args, code) => {
    expect((await runCli(args, { DATA_DIR: dataDir, ENCRYPTION_KEYS: `${k2},${k1}` })).code).toBe(code);
  });
});
