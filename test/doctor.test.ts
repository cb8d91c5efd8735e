import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { DoctorFailedError, startServer } from '../src/main.js';
import { type CheckResult, type DependencyAudit, runDoctor } from '../src/security/doctor.js';
import { createServices, type Services } from '../src/services.js';
import { requireBuild, runCli } from './helpers/cli.js';
import { TEST_ENCRYPTION_KEYS } from './helpers/keys.js';
import { TEST_NOW } from './helpers/services.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rampart-doctor-'));
let counter = 0;
const dataDir = () => path.join(root, `d${++counter}`);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function check(
  env: Record<string, string>,
  audit?: DependencyAudit,
): Promise<Record<string, CheckResult>> {
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    ENCRYPTION_KEYS: TEST_ENCRYPTION_KEYS,
    DATA_DIR: dataDir(),
    ...env,
  });
  const services: Services = await createServices(config, {
    clock: createManualClock(TEST_NOW),
    warn: () => {},
  });
  try {
    const results = await runDoctor({
      config,
      db: services.database.db,
      ...(audit ? { auditDependencies: async () => audit } : {}),
    });
    return Object.fromEntries(results.map((r) => [r.name, r]));
  } finally {
    await services.close();
  }
}

const clean = { ok: true, counts: { low: 0, moderate: 0, high: 0, critical: 0 } } as const;

describe('rampart doctor checks', () => {
  it.each([
    ['plain HTTP in production', { NODE_ENV: 'production' }, 'https', 'FAIL'],
    ['plain HTTP in development', { NODE_ENV: 'development' }, 'https', 'WARN'],
    ['a trusted TLS proxy', { NODE_ENV: 'production', TRUST_PROXY: '10.0.0.5' }, 'https', 'PASS'],
    ['trusting every address', { TRUST_PROXY: '0.0.0.0/0' }, 'trust proxy', 'FAIL'],
    ['SQLite', {}, 'database tls', 'PASS'],
    [
      'a key with too few distinct bytes',
      { ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}` },
      'encryption keys',
      'FAIL',
    ],
    ['no keys in development', { ENCRYPTION_KEYS: '' }, 'encryption keys', 'WARN'],
    ['a very high address limit', { RATE_LIMIT_IP_PER_HOUR: '5000000' }, 'rate limits', 'WARN'],
    ['the defaults', {}, 'api keys hashed', 'PASS'],
    ['the defaults', {}, 'file permissions', 'PASS'],
    ['no audit runner', {}, 'dependencies', 'WARN'],
  ])('%s: %s is %s', async (_name, env, name, status) => {
    expect((await check(env))[name]?.status).toBe(status);
  });

  it.each([
    [{ ok: true, counts: { low: 0, moderate: 0, high: 1, critical: 0 } }, 'FAIL', /1 high/],
    [{ ok: true, counts: { low: 2, moderate: 0, high: 0, critical: 0 } }, 'WARN', /2 low/],
    [{ ok: false, reason: 'getaddrinfo ENOTFOUND registry.npmjs.org' }, 'WARN', /could not run: getaddrinfo/],
    [clean, 'PASS', /no known vulnerabilities/],
  ] as [DependencyAudit, string, RegExp][])('dependency audit %j is %s', async (audit, status, detail) => {
    const result = (await check({}, audit)).dependencies;
    expect(result?.status).toBe(status);
    expect(result?.detail).toMatch(detail);
  });

  it('fails on a data directory others can read, naming it', async () => {
    const dir = dataDir();
    const config = loadConfig({ LOG_LEVEL: 'silent', ENCRYPTION_KEYS: TEST_ENCRYPTION_KEYS, DATA_DIR: dir });
    const services = await createServices(config, { clock: createManualClock(TEST_NOW), warn: () => {} });
    try {
      fs.chmodSync(dir, 0o755);
      const results = await runDoctor({ config, db: services.database.db });
      const files = results.find((r) => r.name === 'file permissions');
      expect(files?.status).toBe('FAIL');
      expect(files?.detail).toContain(`${dir} (755)`);
      expect(files?.fix).toMatch(/chmod 700/);
    } finally {
      await services.close();
    }
  });
});

describe('production start and the doctor', () => {
  const env = () => ({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    PORT: '0',
    ENCRYPTION_KEYS: TEST_ENCRYPTION_KEYS,
    DATA_DIR: dataDir(),
  });

  it('refuses to start on a failed check, naming it and its fix', async () => {
    const start = startServer(env());
    await expect(start).rejects.toThrow(DoctorFailedError);
    await expect(startServer(env())).rejects.toThrow(
      /https: no TLS_CERT_FILE and no TRUST_PROXY[\s\S]*fix: set TLS_CERT_FILE/,
    );
  });

  it('starts with --dangerously-skip-doctor, and records that as a critical event', async () => {
    const settings = env();
    const server = await startServer(settings, { skipDoctor: true });
    try {
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
    } finally {
      await server.close();
    }
    const services = await createServices(loadConfig(settings), { clock: createManualClock(TEST_NOW) });
    try {
      const [event] = await services.store.securityEvents.list({ type: 'doctor_skipped' });
      expect(event?.severity).toBe('critical');
      expect(event?.detail).toEqual({ failed: ['https'] });
    } finally {
      await services.close();
    }
  });
});

describe('rampart doctor, the command', () => {
  beforeAll(() => requireBuild());

  it('prints every check with fixes and exits 1 on a failure', async () => {
    const env = { NODE_ENV: 'production', DATA_DIR: dataDir(), LOG_LEVEL: 'silent' };
    const result = await runCli(['doctor', '--offline'], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAIL {2}https +no TLS_CERT_FILE/m);
    expect(result.stdout).toMatch(/fix: set TLS_CERT_FILE/);
    expect(result.stdout).toMatch(/^PASS {2}api keys hashed/m);
    expect(result.stdout).toMatch(/^WARN {2}dependencies +not audited here/m);
    expect(result.stdout).toMatch(/1 check\(s\) failed\.$/m);
    const events = await runCli(['audit', 'export', '--type', 'doctor_run'], env);
    expect(JSON.parse(events.stdout.trim()).detail.failed).toEqual(['https']);
  });

  it('exits 0 when nothing fails', async () => {
    const result = await runCli(['doctor', '--offline'], {
      NODE_ENV: 'development',
      DATA_DIR: dataDir(),
      LOG_LEVEL: 'silent',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/No failures\.$/m);
  });
});
