import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { FilePermissionError } from '../src/security/file-permissions.js';
import { createServices } from '../src/services.js';
import { TEST_ENCRYPTION_KEYS } from './helpers/keys.js';
import { TEST_NOW } from './helpers/services.js';
import { makeCertificate } from './helpers/tls.js';

const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe('file permissions at start-up', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rampart-perms-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  const start = (env: Record<string, string>, warnings: string[] = []) =>
    createServices(loadConfig({ LOG_LEVEL: 'silent', ENCRYPTION_KEYS: TEST_ENCRYPTION_KEYS, ...env }), {
      clock: createManualClock(TEST_NOW),
      warn: (m) => warnings.push(m),
    });

  it('makes DATA_DIR 0700 and the database and security log 0600', async () => {
    const dataDir = path.join(tempDir(), 'data');
    fs.mkdirSync(dataDir, { mode: 0o755 });
    fs.chmodSync(dataDir, 0o755);
    const warnings: string[] = [];
    const services = await start({ DATA_DIR: dataDir, NODE_ENV: 'production' }, warnings);
    await services.log.record({ type: 'logout', severity: 'info', detail: {} });
    await services.close();
    expect(mode(dataDir)).toBe(0o700);
    expect(warnings.join('\n')).toMatch(/was mode 755; it is now 0700/);
    for (const name of ['rampart.db', 'security.log']) expect(mode(path.join(dataDir, name))).toBe(0o600);
  });

  it('refuses in production a TLS key that others can read, naming it and the fix', async () => {
    const dir = tempDir();
    const { certFile, keyFile } = makeCertificate(dir);
    fs.chmodSync(keyFile, 0o644);
    const env = { DATA_DIR: path.join(dir, 'data'), TLS_CERT_FILE: certFile, TLS_KEY_FILE: keyFile };
    await expect(start({ ...env, NODE_ENV: 'production' })).rejects.toThrow(FilePermissionError);
    await expect(start({ ...env, NODE_ENV: 'production' })).rejects.toThrow(
      `TLS_KEY_FILE ${keyFile} is readable by group or others (mode 644): chmod 600 ${keyFile}`,
    );
    const warnings: string[] = [];
    const services = await start({ ...env, NODE_ENV: 'development' }, warnings);
    await services.close();
    expect(warnings.join('\n')).toContain(`chmod 600 ${keyFile}`);
    fs.chmodSync(keyFile, 0o600);
    await (await start({ ...env, NODE_ENV: 'production' })).close();
  });
});
