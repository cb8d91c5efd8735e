import path from 'node:path';
import { z } from 'zod';
import { commaList, integerIn, urlWithProtocols } from './config-fields.js';
import { LLM_ENV_SHAPE, type LlmConfig, llmConfigFrom, type SearchConfig } from './config-llm.js';
import { TOOLS_ENV_SHAPE, type ToolsConfig, toolsConfigFrom } from './config-tools.js';
import { compileAddressList } from './security/ip.js';
import { type NamedKey, parseKeyList } from './security/keyring.js';
import type { RateLimitClass, RateLimitRule } from './security/rate-limit.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Whether a string names an IANA time zone this runtime knows. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function addressList(name: string) {
  return commaList().superRefine((entries, ctx) => {
    try {
      compileAddressList(entries);
    } catch (error) {
      ctx.addIssue({
        code: 'custom',
        message: `set ${name} to comma-separated IP addresses or CIDR blocks (${(error as Error).message})`,
      });
    }
  });
}

/** Tools whose user agents are refused by default: vulnerability scanners and attack frameworks. */
export const DEFAULT_USER_AGENT_DENY_LIST = [
  'sqlmap',
  'nikto',
  'nmap',
  'masscan',
  'zgrab',
  'nuclei',
  'wpscan',
  'dirbuster',
  'gobuster',
  'feroxbuster',
  'ffuf',
  'wfuzz',
  'acunetix',
  'nessus',
  'openvas',
  'w3af',
  'havij',
  'hydra',
  'arachni',
  'jaeles',
  'netsparker',
  'appscan',
  'commix',
  'skipfish',
  'whatweb',
  'xsstrike',
  'dalfox',
] as const;

/** Every variable Rampart reads, with its default and the fix shown when it is invalid. */
const ENV_SCHEMA = z.object({
  HOST: z
    .string()
    .min(1, { message: 'set HOST to an interface address such as 127.0.0.1 or 0.0.0.0' })
    .default('127.0.0.1'),
  PORT: integerIn(0, 65535, 'set PORT to an integer between 0 and 65535').default(3000),
  DATA_DIR: z.string().min(1, { message: 'set DATA_DIR to a writable directory path' }).default('./data'),
  ENCRYPTION_KEYS: z.string().optional(),
  ...LLM_ENV_SHAPE,
  ...TOOLS_ENV_SHAPE,
  DATABASE_SSL_MODE: z
    .enum(['disable', 'require', 'verify-full'], {
      message: 'set DATABASE_SSL_MODE to disable, require or verify-full',
    })
    .optional(),
  DATABASE_SSL_CA_FILE: z.string().optional(),
  DATABASE_SSL_CERT_FILE: z.string().optional(),
  DATABASE_SSL_KEY_FILE: z.string().optional(),
  DATABASE_URL: urlWithProtocols(
    ['postgres:', 'postgresql:'],
    'set DATABASE_URL to postgres://user@host:5432/db, or unset it to use SQLite in DATA_DIR',
  ).optional(),
  REDIS_URL: urlWithProtocols(
    ['redis:', 'rediss:'],
    'set REDIS_URL to redis://host:6379, or unset it to keep state in process',
  ).optional(),
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      message: 'set NODE_ENV to development, production or test',
    })
    .default('development'),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { message: `set LOG_LEVEL to one of ${LOG_LEVELS.join(', ')}` })
    .default('info'),
  TIMEZONE: z
    .string()
    .refine(isTimeZone, { message: 'set TIMEZONE to an IANA time zone such as Europe/Berlin or UTC' })
    .optional(),
  AGENT_TIMEOUT_MS: integerIn(
    100,
    600_000,
    'set AGENT_TIMEOUT_MS to milliseconds between 100 and 600000',
  ).default(30_000),
  SESSION_IDLE_TIMEOUT_MS: integerIn(
    60_000,
    7 * 24 * 3_600_000,
    'set SESSION_IDLE_TIMEOUT_MS to milliseconds between 60000 (1 minute) and 604800000 (7 days)',
  ).default(3_600_000),
  SESSION_ABSOLUTE_TTL_MS: integerIn(
    60_000,
    30 * 24 * 3_600_000,
    'set SESSION_ABSOLUTE_TTL_MS to milliseconds between 60000 (1 minute) and 2592000000 (30 days)',
  ).default(12 * 3_600_000),
  TLS_CERT_FILE: z.string().min(1).optional(),
  TLS_KEY_FILE: z.string().min(1).optional(),
  HTTP_REDIRECT_PORT: integerIn(
    1,
    65535,
    'set HTTP_REDIRECT_PORT to a port between 1 and 65535, or unset it',
  ).optional(),
  TRUST_PROXY: addressList('TRUST_PROXY').default([]),
  BODY_LIMIT_BYTES: integerIn(
    1024,
    10 * 1024 * 1024,
    'set BODY_LIMIT_BYTES to bytes between 1024 and 10485760 (the 10 MB cap)',
  ).default(1024 * 1024),
  IP_ALLOW_LIST: addressList('IP_ALLOW_LIST').default([]),
  IP_DENY_LIST: addressList('IP_DENY_LIST').default([]),
  RATE_LIMIT_IP_PER_HOUR: integerIn(
    1,
    10_000_000,
    'set RATE_LIMIT_IP_PER_HOUR to a whole number of requests',
  ).default(1000),
  RATE_LIMIT_PRINCIPAL_PER_MINUTE: integerIn(
    1,
    1_000_000,
    'set RATE_LIMIT_PRINCIPAL_PER_MINUTE to a whole number of requests',
  ).default(600),
  RATE_LIMIT_CHAT_PER_MINUTE: integerIn(
    1,
    1_000_000,
    'set RATE_LIMIT_CHAT_PER_MINUTE to a whole number of requests',
  ).default(60),
  RATE_LIMIT_HEALTH_PER_MINUTE: integerIn(
    1,
    1_000_000,
    'set RATE_LIMIT_HEALTH_PER_MINUTE to a whole number of requests',
  ).default(120),
  RATE_LIMIT_ADMIN_PER_MINUTE: integerIn(
    1,
    1_000_000,
    'set RATE_LIMIT_ADMIN_PER_MINUTE to a whole number of requests',
  ).default(10),
  RATE_LIMIT_LOGIN_PER_MINUTE: integerIn(
    1,
    1_000_000,
    'set RATE_LIMIT_LOGIN_PER_MINUTE to a whole number of requests',
  ).default(30),
  IDS_BAN_THRESHOLD: integerIn(
    1,
    1_000_000,
    'set IDS_BAN_THRESHOLD to the violation points that trigger a ban',
  ).default(20),
  IDS_SCORE_HALF_LIFE_MS: integerIn(
    1000,
    7 * 24 * 3_600_000,
    'set IDS_SCORE_HALF_LIFE_MS to milliseconds (>= 1000)',
  ).default(600_000),
  USER_AGENT_DENY_LIST: z
    .string()
    .transform((value) =>
      value.trim().toLowerCase() === 'none'
        ? []
        : value
            .split(',')
            .map((p) => p.trim().toLowerCase())
            .filter(Boolean),
    )
    .default([...DEFAULT_USER_AGENT_DENY_LIST]),
});

/** The validated, frozen configuration; the only view of the environment the rest of the code gets. */
export interface Config {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly redisUrl: string | undefined;
  /** TLS to PostgreSQL (`DATABASE_SSL_*`); file paths, read at start-up. */
  readonly databaseTls: {
    readonly mode: 'disable' | 'require' | 'verify-full';
    readonly caFile: string | undefined;
    readonly certFile: string | undefined;
    readonly keyFile: string | undefined;
  };
  readonly nodeEnv: 'development' | 'production' | 'test';
  /**
   * Keys that seal what users write, current first (`ENCRYPTION_KEYS`); undefined when unset (then a
   * development key file in DATA_DIR, refused in production). Never logged.
   */
  readonly encryptionKeys: readonly NamedKey[] | undefined;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** The language model, its allow-list and token limits (see config-llm.ts). Keys are never logged. */
  readonly llm: LlmConfig;
  readonly search: SearchConfig;
  /** The code assistant's sandboxes and command runner. */
  readonly tools: ToolsConfig;
  /** IANA zone used for calendar requests that do not carry their own. */
  readonly timeZone: string;
  readonly agentTimeoutMs: number;
  /** A login session unused this long ends. */
  readonly sessionIdleTimeoutMs: number;
  /** A login session ends this long after login, however active. */
  readonly sessionAbsoluteTtlMs: number;
  /** Certificate and key files for built-in HTTPS; both or neither. */
  readonly tls: { readonly certFile: string; readonly keyFile: string } | undefined;
  /** A plain-HTTP port that redirects to HTTPS (production with TLS only). */
  readonly httpRedirectPort: number | undefined;
  /** Proxies whose X-Forwarded-For / -Proto are believed; empty means none. */
  readonly trustProxy: readonly string[];
  readonly bodyLimitBytes: number;
  /** When non-empty, only these addresses and blocks may connect. */
  readonly ipAllowList: readonly string[];
  readonly ipDenyList: readonly string[];
  /** Lower-case substrings; a user agent containing one is refused. */
  readonly userAgentDenyList: readonly string[];
  /** Requests allowed per window, by class (see src/security/rate-limit.ts). */
  readonly rateLimits: Readonly<Record<RateLimitClass, RateLimitRule>>;
  /** Violation points that ban an address or user, and how fast points fade. */
  readonly ids: { readonly banThreshold: number; readonly halfLifeMs: number };
}

/** Thrown when one or more variables are invalid; lists every problem at once. */
export class ConfigError extends Error {
  readonly problems: readonly { variable: string; fix: string }[];

  constructor(problems: { variable: string; fix: string }[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.fix}`).join('\n')}\nSee .env.example for every variable.`,
    );
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Reads and validates the environment; throws `ConfigError` naming every invalid variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(
    Object.keys(ENV_SCHEMA.shape).flatMap((key) => {
      const value = env[key];
      return value === undefined || value === '' ? [] : [[key, value]];
    }),
  );
  const parsed = ENV_SCHEMA.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({ variable: String(issue.path[0]), fix: issue.message })),
    );
  }
  const v = parsed.data;
  const problems: { variable: string; fix: string }[] = [];
  if (v.SESSION_IDLE_TIMEOUT_MS > v.SESSION_ABSOLUTE_TTL_MS) {
    problems.push({
      variable: 'SESSION_IDLE_TIMEOUT_MS',
      fix: 'set it no larger than SESSION_ABSOLUTE_TTL_MS',
    });
  }
  if ((v.TLS_CERT_FILE === undefined) !== (v.TLS_KEY_FILE === undefined)) {
    problems.push({
      variable: v.TLS_CERT_FILE ? 'TLS_KEY_FILE' : 'TLS_CERT_FILE',
      fix: 'set both TLS_CERT_FILE and TLS_KEY_FILE, or neither',
    });
  }
  if (v.HTTP_REDIRECT_PORT !== undefined && v.TLS_CERT_FILE === undefined) {
    problems.push({
      variable: 'HTTP_REDIRECT_PORT',
      fix: 'it redirects to HTTPS: set TLS_CERT_FILE and TLS_KEY_FILE too',
    });
  }
  problems.push(...databaseTlsProblems(v));
  const { llm, search } = llmConfigFrom(v, problems);
  let encryptionKeys: NamedKey[] | undefined;
  if (v.ENCRYPTION_KEYS !== undefined) {
    try {
      encryptionKeys = parseKeyList(v.ENCRYPTION_KEYS);
    } catch (error) {
      problems.push({ variable: 'ENCRYPTION_KEYS', fix: (error as Error).message });
    }
  } else if (v.NODE_ENV === 'production') {
    problems.push({
      variable: 'ENCRYPTION_KEYS',
      fix: 'required in production: set it to id:base64key (make a key with `openssl rand -base64 32`)',
    });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    host: v.HOST,
    port: v.PORT,
    dataDir: path.resolve(v.DATA_DIR),
    databaseUrl: v.DATABASE_URL,
    redisUrl: v.REDIS_URL,
    databaseTls: Object.freeze({
      mode: v.DATABASE_SSL_MODE ?? 'disable',
      caFile: v.DATABASE_SSL_CA_FILE,
      certFile: v.DATABASE_SSL_CERT_FILE,
      keyFile: v.DATABASE_SSL_KEY_FILE,
    }),
    nodeEnv: v.NODE_ENV,
    encryptionKeys: encryptionKeys && Object.freeze(encryptionKeys),
    logLevel: v.LOG_LEVEL,
    llm,
    search,
    tools: toolsConfigFrom(v),
    timeZone: v.TIMEZONE ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    agentTimeoutMs: v.AGENT_TIMEOUT_MS,
    sessionIdleTimeoutMs: v.SESSION_IDLE_TIMEOUT_MS,
    sessionAbsoluteTtlMs: v.SESSION_ABSOLUTE_TTL_MS,
    tls:
      v.TLS_CERT_FILE && v.TLS_KEY_FILE
        ? Object.freeze({ certFile: v.TLS_CERT_FILE, keyFile: v.TLS_KEY_FILE })
        : undefined,
    httpRedirectPort: v.HTTP_REDIRECT_PORT,
    trustProxy: Object.freeze(v.TRUST_PROXY),
    bodyLimitBytes: v.BODY_LIMIT_BYTES,
    ipAllowList: Object.freeze(v.IP_ALLOW_LIST),
    ipDenyList: Object.freeze(v.IP_DENY_LIST),
    userAgentDenyList: Object.freeze(v.USER_AGENT_DENY_LIST),
    ids: Object.freeze({ banThreshold: v.IDS_BAN_THRESHOLD, halfLifeMs: v.IDS_SCORE_HALF_LIFE_MS }),
    rateLimits: Object.freeze({
      ip: { limit: v.RATE_LIMIT_IP_PER_HOUR, windowMs: 3_600_000 },
      principal: { limit: v.RATE_LIMIT_PRINCIPAL_PER_MINUTE, windowMs: 60_000 },
      chat: { limit: v.RATE_LIMIT_CHAT_PER_MINUTE, windowMs: 60_000 },
      health: { limit: v.RATE_LIMIT_HEALTH_PER_MINUTE, windowMs: 60_000 },
      admin: { limit: v.RATE_LIMIT_ADMIN_PER_MINUTE, windowMs: 60_000 },
      login: { limit: v.RATE_LIMIT_LOGIN_PER_MINUTE, windowMs: 60_000 },
    }),
  });
}

/** The DATABASE_SSL_* settings that cannot work together. */
function databaseTlsProblems(v: z.infer<typeof ENV_SCHEMA>): { variable: string; fix: string }[] {
  const problems: { variable: string; fix: string }[] = [];
  const mode = v.DATABASE_SSL_MODE ?? 'disable';
  const anySet =
    v.DATABASE_SSL_MODE ?? v.DATABASE_SSL_CA_FILE ?? v.DATABASE_SSL_CERT_FILE ?? v.DATABASE_SSL_KEY_FILE;
  if (anySet !== undefined && !v.DATABASE_URL) {
    problems.push({ variable: 'DATABASE_SSL_MODE', fix: 'TLS applies to PostgreSQL: set DATABASE_URL too' });
  }
  if (v.DATABASE_URL && /[?&](sslmode|sslcert|sslkey|sslrootcert|ssl)=/i.test(v.DATABASE_URL)) {
    problems.push({
      variable: 'DATABASE_URL',
      fix: 'put TLS settings in DATABASE_SSL_MODE and DATABASE_SSL_*_FILE, not in the URL',
    });
  }
  if (mode === 'verify-full' && !v.DATABASE_SSL_CA_FILE) {
    problems.push({
      variable: 'DATABASE_SSL_CA_FILE',
      fix: 'verify-full checks the server against a CA: set it to the CA certificate (PEM)',
    });
  }
  if (mode === 'disable' && (v.DATABASE_SSL_CA_FILE ?? v.DATABASE_SSL_CERT_FILE ?? v.DATABASE_SSL_KEY_FILE)) {
    problems.push({
      variable: 'DATABASE_SSL_MODE',
      fix: 'certificate files are set: use require or verify-full',
    });
  }
  if ((v.DATABASE_SSL_CERT_FILE === undefined) !== (v.DATABASE_SSL_KEY_FILE === undefined)) {
    problems.push({
      variable: v.DATABASE_SSL_CERT_FILE ? 'DATABASE_SSL_KEY_FILE' : 'DATABASE_SSL_CERT_FILE',
      fix: 'set both the client certificate and its key, or neither',
    });
  }
  return problems;
}
