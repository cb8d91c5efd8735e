import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import { SQLITE_FILE } from '../store/database.js';
import type { Database } from '../store/schema.js';
import { AUDIT_FILE_NAME } from './audit-file.js';
import { CONTENT_SECURITY_POLICY } from './headers.js';
import { KEY_FILE_NAME } from './key-file.js';

/** The outcome of one check. */
export type CheckStatus = 'PASS' | 'WARN' | 'FAIL';

/** One line of the deployment checklist: what was checked, how it went, and the fix when it is not PASS. */
export interface CheckResult {
  readonly name: string;
  readonly status: CheckStatus;
  readonly detail: string;
  readonly fix?: string;
}

/** What `npm audit --omit=dev` found, or why it could not run. */
export type DependencyAudit =
  | { readonly ok: true; readonly counts: Readonly<Record<'low' | 'moderate' | 'high' | 'critical', number>> }
  | { readonly ok: false; readonly reason: string };

/** What the doctor looks at. */
export interface DoctorDeps {
  readonly config: Config;
  readonly db: Kysely<Database>;
  /** Runs the dependency audit; absent means the check is skipped (as at start-up). */
  readonly auditDependencies?: () => Promise<DependencyAudit>;
}

const pass = (name: string, detail: string): CheckResult => ({ name, status: 'PASS', detail });
const warn = (name: string, detail: string, fix: string): CheckResult => ({
  name,
  status: 'WARN',
  detail,
  fix,
});
const fail = (name: string, detail: string, fix: string): CheckResult => ({
  name,
  status: 'FAIL',
  detail,
  fix,
});

/** Runs every check of the deployment checklist; production turns most WARNs into FAILs. */
export async function runDoctor(deps: DoctorDeps): Promise<CheckResult[]> {
  const { config } = deps;
  const production = config.nodeEnv === 'production';
  const serious = (name: string, detail: string, fix: string) =>
    production ? fail(name, detail, fix) : warn(name, detail, fix);
  const results: CheckResult[] = [];

  // Secrets present, strong and not defaults.
  if (!config.encryptionKeys) {
    results.push(
      serious(
        'encryption keys',
        'ENCRYPTION_KEYS is not set (development key file in use)',
        'set ENCRYPTION_KEYS=k1:$(openssl rand -base64 32)',
      ),
    );
  } else {
    const weak = config.encryptionKeys.filter((k) => new Set(k.key).size < 16);
    results.push(
      weak.length > 0
        ? fail(
            'encryption keys',
            `key ${weak.map((k) => k.id).join(', ')} has too few distinct bytes to be random`,
            'replace it with `openssl rand -base64 32` and run `rampart keys rotate`',
          )
        : pass(
            'encryption keys',
            `${config.encryptionKeys.length} key(s), current "${config.encryptionKeys[0]?.id}"`,
          ),
    );
  }

  // HTTPS, or a trusted proxy that terminates it.
  if (config.tls) results.push(pass('https', 'built-in TLS (1.2+), HSTS on every HTTPS answer'));
  else if (config.trustProxy.length > 0)
    results.push(
      pass(
        'https',
        `TLS ends at the trusted proxy (${config.trustProxy.join(', ')}); HSTS follows X-Forwarded-Proto`,
      ),
    );
  else
    results.push(
      serious(
        'https',
        'no TLS_CERT_FILE and no TRUST_PROXY: traffic is plain HTTP',
        'set TLS_CERT_FILE and TLS_KEY_FILE, or put a TLS proxy in front and list it in TRUST_PROXY',
      ),
    );

  // Trust-proxy settings.
  const everyone = config.trustProxy.filter((entry) => /^(0\.0\.0\.0\/0|::\/0)$/.test(entry));
  results.push(
    everyone.length > 0
      ? fail(
          'trust proxy',
          `TRUST_PROXY trusts every address (${everyone.join(', ')}): clients choose their own IP`,
          "list only your proxies' addresses",
        )
      : pass(
          'trust proxy',
          config.trustProxy.length > 0
            ? `${config.trustProxy.length} trusted proxy entries`
            : 'X-Forwarded-* ignored (no proxy trusted)',
        ),
  );

  // Database TLS.
  if (!config.databaseUrl) results.push(pass('database tls', 'SQLite: a local file, no network'));
  else if (config.databaseTls.mode === 'verify-full')
    results.push(pass('database tls', 'verify-full: encrypted, server certificate and name checked'));
  else if (config.databaseTls.mode === 'require')
    results.push(
      warn(
        'database tls',
        'require: encrypted, but the server is not authenticated',
        'set DATABASE_SSL_MODE=verify-full and DATABASE_SSL_CA_FILE',
      ),
    );
  else
    results.push(
      serious(
        'database tls',
        'PostgreSQL without TLS',
        'set DATABASE_SSL_MODE=verify-full and DATABASE_SSL_CA_FILE',
      ),
    );

  // API keys hashed.
  const keys = await deps.db.selectFrom('api_keys').select('secret_hash').execute();
  const unhashed = keys.filter((k) => !/^[0-9a-f]{64}$/.test(k.secret_hash)).length;
  results.push(
    unhashed > 0
      ? fail(
          'api keys hashed',
          `${unhashed} API key(s) stored in a form that is not a SHA-256 hash`,
          'revoke them (`rampart key revoke`) and issue new ones',
        )
      : pass('api keys hashed', `${keys.length} API key(s), only SHA-256 hashes stored`),
  );

  // Validation and backup encryption are not settings: a route without a declared access and schema
  // cannot register, and backups have one encrypted format. Only what configuration can weaken is checked.
  results.push(
    config.rateLimits.ip.limit > 100_000
      ? warn(
          'rate limits',
          `RATE_LIMIT_IP_PER_HOUR is ${config.rateLimits.ip.limit}`,
          'keep it near the default (1000) unless a load test needs more',
        )
      : pass(
          'rate limits',
          `per address ${config.rateLimits.ip.limit}/h, chat ${config.rateLimits.chat.limit}/min, admin ${config.rateLimits.admin.limit}/min`,
        ),
  );
  results.push(
    CONTENT_SECURITY_POLICY.includes('unsafe-inline')
      ? fail('security headers', 'the CSP allows unsafe-inline', 'remove it')
      : pass('security headers', 'CSP without unsafe-inline, nosniff, DENY framing, HSTS on HTTPS'),
  );

  // Security log writable (the database table is checked by writing the doctor's own event).
  const logFile = path.join(config.dataDir, AUDIT_FILE_NAME);
  results.push(
    writable(existsSync(logFile) ? logFile : config.dataDir)
      ? pass('security log', `table security_events and ${logFile}`)
      : fail(
          'security log',
          `${logFile} is not writable`,
          `make ${config.dataDir} writable by the server's user`,
        ),
  );

  // File permissions.
  const loose: string[] = [];
  const check = (file: string, limit: number) => {
    if (existsSync(file) && (statSync(file).mode & 0o777 & ~limit) !== 0) {
      loose.push(`${file} (${(statSync(file).mode & 0o777).toString(8)})`);
    }
  };
  check(config.dataDir, 0o700);
  for (const name of [SQLITE_FILE, `${SQLITE_FILE}-wal`, AUDIT_FILE_NAME, KEY_FILE_NAME])
    check(path.join(config.dataDir, name), 0o600);
  if (config.tls) check(config.tls.keyFile, 0o600);
  if (config.databaseTls.keyFile) check(config.databaseTls.keyFile, 0o600);
  check(path.resolve('.env'), 0o600);
  results.push(
    loose.length > 0
      ? fail(
          'file permissions',
          `readable by group or others: ${loose.join(', ')}`,
          'chmod 700 the data directory and 600 the files',
        )
      : pass('file permissions', 'data directory 0700; database, keys, logs and secrets 0600'),
  );

  // Production dependencies with known vulnerabilities.
  if (!deps.auditDependencies) {
    results.push(
      warn('dependencies', 'not audited here', 'run `rampart doctor` (it runs npm audit --omit=dev)'),
    );
  } else {
    const audit = await deps.auditDependencies();
    if (!audit.ok)
      results.push(
        warn(
          'dependencies',
          `npm audit could not run: ${audit.reason}`,
          'run `npm audit --omit=dev` where the registry is reachable',
        ),
      );
    else {
      const { low, moderate, high, critical } = audit.counts;
      const summary = `${critical} critical, ${high} high, ${moderate} moderate, ${low} low`;
      results.push(
        critical + high > 0
          ? fail(
              'dependencies',
              summary,
              'run `npm audit fix --omit=dev` or update the packages named by `npm audit`',
            )
          : moderate + low > 0
            ? warn('dependencies', summary, 'review `npm audit --omit=dev`')
            : pass('dependencies', 'no known vulnerabilities in production dependencies'),
      );
    }
  }
  return results;
}

function writable(target: string): boolean {
  try {
    accessSync(target, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
