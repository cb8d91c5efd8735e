import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createServices, databaseOptionsFor } from '../src/services.js';
import { openDatabase } from '../src/store/database.js';
import { adminQuery, TEST_POSTGRES_URL } from './helpers/database.js';
import { TEST_ENCRYPTION_KEYS } from './helpers/keys.js';
import { TEST_NOW } from './helpers/services.js';

// The local PostgreSQL is switched to TLS for this file, with a CA and a server certificate made here,
// and switched back afterwards. Clients without TLS (every other test) keep working meanwhile.
const DIR = `/var/lib/postgresql/rampart-tls-${process.pid}`;
const file = (name: string) => path.join(DIR, name);
const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function openssl(...args: string[]): void {
  execFileSync('openssl', args, { stdio: 'ignore' });
}

function makeCa(name: string): void {
  openssl(
    'req',
    '-x509',
    ...EC,
    '-days',
    '1',
    '-subj',
    `/CN=Rampart test ${name}`,
    '-keyout',
    file(`${name}.key`),
    '-out',
    file(`${name}.crt`),
  );
}

function makeServerCertificate(): void {
  openssl('req', ...EC, '-subj', '/CN=127.0.0.1', '-keyout', file('server.key'), '-out', file('server.csr'));
  fs.writeFileSync(file('server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  openssl(
    'x509',
    '-req',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.crt'),
    '-CAkey',
    file('ca.key'),
    '-CAcreateserial',
    '-days',
    '1',
    '-extfile',
    file('server.ext'),
    '-out',
    file('server.crt'),
  );
  execFileSync('chown', ['postgres:postgres', file('server.key'), file('server.crt')]);
  fs.chmodSync(file('server.key'), 0o600);
}

async function waitForSsl(on: boolean): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const { rows } = await adminQuery('show ssl');
    if ((rows[0]?.ssl === 'on') === on) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`PostgreSQL did not turn ssl ${on ? 'on' : 'off'}`);
}

const env = (extra: Record<string, string>) =>
  loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ENCRYPTION_KEYS: TEST_ENCRYPTION_KEYS,
    DATABASE_URL: TEST_POSTGRES_URL,
    ...extra,
  });

async function connectionIsEncrypted(extra: Record<string, string>): Promise<boolean> {
  const handle = openDatabase(databaseOptionsFor(env(extra)));
  try {
    const { rows } = await sql<{
      ssl: boolean;
    }>`select ssl from pg_stat_ssl where pid = pg_backend_pid()`.execute(handle.db);
    return rows[0]?.ssl === true;
  } finally {
    await handle.close();
  }
}

describe('TLS to PostgreSQL', () => {
  beforeAll(async () => {
    if (process.getuid?.() !== 0) {
      throw new Error('This test reconfigures the local PostgreSQL and must run as root (as CI does).');
    }
    fs.mkdirSync(DIR, { recursive: true, mode: 0o755 });
    makeCa('ca');
    makeCa('wrong-ca');
    makeServerCertificate();
    await adminQuery(`alter system set ssl_cert_file = '${file('server.crt')}'`);
    await adminQuery(`alter system set ssl_key_file = '${file('server.key')}'`);
    await adminQuery('alter system set ssl = on');
    await adminQuery('select pg_reload_conf()');
    await waitForSsl(true);
  });
  afterAll(async () => {
    await adminQuery('alter system reset ssl');
    await adminQuery('alter system reset ssl_cert_file');
    await adminQuery('alter system reset ssl_key_file');
    await adminQuery('select pg_reload_conf()');
    await waitForSsl(false);
    fs.rmSync(DIR, { recursive: true, force: true });
  });

  it('verify-full connects over TLS with the right CA', async () => {
    expect(
      await connectionIsEncrypted({ DATABASE_SSL_MODE: 'verify-full', DATABASE_SSL_CA_FILE: file('ca.crt') }),
    ).toBe(true);
  });

  it('verify-full refuses a server whose certificate another CA signed, before any other work', async () => {
    const start = createServices(
      env({ DATABASE_SSL_MODE: 'verify-full', DATABASE_SSL_CA_FILE: file('wrong-ca.crt') }),
      {
        clock: createManualClock(TEST_NOW),
      },
    );
    await expect(start).rejects.toThrow(
      /Cannot connect to the database at 127\.0\.0\.1:5432\/test: .*certificate/,
    );
  });

  it('require encrypts without checking the certificate; disable does not encrypt', async () => {
    expect(await connectionIsEncrypted({ DATABASE_SSL_MODE: 'require' })).toBe(true);
    expect(await connectionIsEncrypted({})).toBe(false);
  });

  it('names a certificate file it cannot read', () => {
    expect(() =>
      databaseOptionsFor(
        env({ DATABASE_SSL_MODE: 'verify-full', DATABASE_SSL_CA_FILE: file('missing.crt') }),
      ),
    ).toThrow(/Cannot read DATABASE_SSL_CA_FILE .*missing\.crt.*ENOENT/);
  });
});

describe('DATABASE_SSL_* settings', () => {
  it.each([
    [{ DATABASE_SSL_MODE: 'verify-full' }, 'DATABASE_SSL_CA_FILE'],
    [{ DATABASE_SSL_MODE: 'sometimes' }, 'DATABASE_SSL_MODE'],
    [{ DATABASE_SSL_CA_FILE: '/ca.crt' }, 'DATABASE_SSL_MODE'],
    [{ DATABASE_SSL_MODE: 'require', DATABASE_SSL_CERT_FILE: '/c.crt' }, 'DATABASE_SSL_KEY_FILE'],
    [{ DATABASE_URL: `${TEST_POSTGRES_URL}?sslmode=require` }, 'DATABASE_URL'],
  ])('refuses %j, naming %s', (settings, variable) => {
    expect(() => env(settings)).toThrow(variable);
  });

  it('refuses TLS settings without PostgreSQL', () => {
    expect(() => loadConfig({ DATABASE_SSL_MODE: 'require' })).toThrow(/DATABASE_SSL_MODE.*DATABASE_URL/);
  });
});
