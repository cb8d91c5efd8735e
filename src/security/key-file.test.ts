import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDevelopmentKeys } from './key-file.js';

describe('development key file', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rampart-keyfile-'));
    dirs.push(dir);
    return path.join(dir, 'data');
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is made once with mode 0600, warned about, and read back unchanged on the next start', () => {
    const dataDir = tempDir();
    const warnings: string[] = [];
    const first = loadDevelopmentKeys(dataDir, (m) => warnings.push(m));
    expect(warnings[0]).toMatch(/generated a development key/);
    expect(fs.statSync(path.join(dataDir, 'keys')).mode & 0o777).toBe(0o600);
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    const second = loadDevelopmentKeys(dataDir, (m) => warnings.push(m));
    expect(second).toEqual(first);
    expect(warnings[1]).toMatch(/using the development key/);
  });

  it('tightens a key file that others can read', () => {
    const dataDir = tempDir();
    loadDevelopmentKeys(dataDir, () => {});
    fs.chmodSync(path.join(dataDir, 'keys'), 0o644);
    const warnings: string[] = [];
    loadDevelopmentKeys(dataDir, (m) => warnings.push(m));
    expect(fs.statSync(path.join(dataDir, 'keys')).mode & 0o777).toBe(0o600);
    expect(warnings.join(' ')).toMatch(/readable by group or others/);
  });
});
