import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, runCli } from './helpers/cli.js';

describe('rampart backup and restore', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rampart-backup-cli-'));
  const source = { DATA_DIR: path.join(root, 'a'), LOG_LEVEL: 'silent' };
  const target = { DATA_DIR: path.join(root, 'b'), LOG_LEVEL: 'silent' };
  const file = path.join(root, 'snapshot.backup');
  beforeAll(async () => {
    requireBuild();
    expect(
      (await runCli(['user', 'add', 'alice', '--role', 'admin'], source, 'a long enough password\n')).code,
    ).toBe(0);
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('backs up, refuses to overwrite, and restores into an empty database with progress on stderr', async () => {
    const backup = await runCli(['backup', file], source);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(
      /^Wrote .*snapshot\.backup: \d+ rows \(users 1, .*\), sha256 [0-9a-f]{64}\.$/m,
    );
    expect(backup.stderr).toContain('rows: ');
    expect((await runCli(['backup', file], source)).code).toBe(1);

    const restore = await runCli(['restore', file], target);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/^Restored \d+ rows \(users 1/m);
    expect(restore.stderr).toContain('checking: ');
    expect((await runCli(['user', 'list'], target)).stdout).toContain('alice');
    const again = await runCli(['restore', file], target);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /^rampart: The database is not empty \(users has rows\): restore into a new, empty database\.$/m,
    );
    expect(again.stderr).not.toContain('    at ');
  });

  it.each([
    [['backup'], 64],
    [['restore'], 64],
    [['backup', 'a', 'b'], 64],
  ])('rejects %j with exit %i', async (args, code) => {
    expect((await runCli(args, source)).code).toBe(code);
  });
});
