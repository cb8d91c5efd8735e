import path from 'node:path';
import { z } from 'zod';

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

function urlWithProtocols(protocols: string[], fix: string) {
  return z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: fix },
  );
}

function integerIn(min: number, max: number, fix: string) {
  return z
    .string()
    .regex(/^\d+$/, { message: fix })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { message: fix });
}

/** Every variable Rampart reads, with its default and the fix shown when it is invalid. */
const ENV_SCHEMA = z.object({
  HOST: z
    .string()
    .min(1, { message: 'set HOST to an interface address such as 127.0.0.1 or 0.0.0.0' })
    .default('127.0.0.1'),
  PORT: integerIn(0, 65535, 'set PORT to an integer between 0 and 65535').default(3000),
  DATA_DIR: z.string().min(1, { message: 'set DATA_DIR to a writable directory path' }).default('./data'),
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
});

/** The validated, frozen configuration; the only view of the environment the rest of the code gets. */
export interface Config {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly redisUrl: string | undefined;
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** IANA zone used for calendar requests that do not carry their own. */
  readonly timeZone: string;
  readonly agentTimeoutMs: number;
  /** A login session unused this long ends. */
  readonly sessionIdleTimeoutMs: number;
  /** A login session ends this long after login, however active. */
  readonly sessionAbsoluteTtlMs: number;
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
  if (v.SESSION_IDLE_TIMEOUT_MS > v.SESSION_ABSOLUTE_TTL_MS) {
    throw new ConfigError([
      { variable: 'SESSION_IDLE_TIMEOUT_MS', fix: 'set it no larger than SESSION_ABSOLUTE_TTL_MS' },
    ]);
  }
  return Object.freeze({
    host: v.HOST,
    port: v.PORT,
    dataDir: path.resolve(v.DATA_DIR),
    databaseUrl: v.DATABASE_URL,
    redisUrl: v.REDIS_URL,
    nodeEnv: v.NODE_ENV,
    logLevel: v.LOG_LEVEL,
    timeZone: v.TIMEZONE ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    agentTimeoutMs: v.AGENT_TIMEOUT_MS,
    sessionIdleTimeoutMs: v.SESSION_IDLE_TIMEOUT_MS,
    sessionAbsoluteTtlMs: v.SESSION_ABSOLUTE_TTL_MS,
  });
}
