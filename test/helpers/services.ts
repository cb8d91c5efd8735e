import type { FastifyInstance } from 'fastify';
import { type Clock, createManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { buildApp } from '../../src/http/app.js';
import type { LlmProvider } from '../../src/llm/provider.js';
import type { Role } from '../../src/security/roles.js';
import { createServices, type Services } from '../../src/services.js';
import type { DatabaseDriver } from '../../src/store/database.js';
import type { StateStore } from '../../src/store/state/state-store.js';
import { openTestDatabase } from './database.js';
import { TEST_ENCRYPTION_KEYS } from './keys.js';

/** The instant test clocks start at: a Wednesday. */
export const TEST_NOW = '2026-11-25T09:00:00.000Z';

/** Rate limits high enough that only the rate-limit tests (which set their own) ever meet them. */
const GENEROUS_LIMITS = Object.fromEntries(
  [
    'IP_PER_HOUR',
    'PRINCIPAL_PER_MINUTE',
    'CHAT_PER_MINUTE',
    'HEALTH_PER_MINUTE',
    'ADMIN_PER_MINUTE',
    'LOGIN_PER_MINUTE',
  ].map((name) => [`RATE_LIMIT_${name}`, '1000000']),
);
/** Tests deny on purpose, all from 127.0.0.1; only the intrusion tests (which set their own) let the ledger ban. */
const NO_AUTOMATIC_BANS = { IDS_BAN_THRESHOLD: '1000000' };

/** Options for test services. */
export interface TestServicesOptions {
  driver?: DatabaseDriver;
  clock?: Clock;
  provider?: LlmProvider;
  env?: Record<string, string>;
  /** A shared state store standing in for Redis (wrapped in the in-process insurance, as Redis is). */
  state?: StateStore;
}

/** Services over an isolated, migrated database, with a manual clock unless one is given. */
export async function createTestServices(options: TestServicesOptions = {}): Promise<Services> {
  const database = await openTestDatabase(options.driver ?? 'sqlite');
  const config = loadConfig({
    NODE_ENV: 'test',
    TIMEZONE: 'UTC',
    LOG_LEVEL: 'silent',
    ENCRYPTION_KEYS: TEST_ENCRYPTION_KEYS,
    ...GENEROUS_LIMITS,
    ...NO_AUTOMATIC_BANS,
    ...options.env,
  });
  return createServices(config, {
    clock: options.clock ?? createManualClock(TEST_NOW),
    database,
    ...(options.provider ? { provider: options.provider } : {}),
    ...(options.state ? { state: options.state } : {}),
  });
}

/** A test user with an API key (for most tests) and their password (for login tests). */
export interface TestUser {
  userId: string;
  username: string;
  password: string;
  role: Role;
  apiKey: string;
  /** Headers that authenticate as this user through the API key. */
  headers: { 'x-api-key': string };
}

let userCounter = 0;

/** Creates a user of a role, with an unscoped API key. */
export async function createTestUser(services: Services, role: Role = 'user'): Promise<TestUser> {
  userCounter += 1;
  const username = `${role}${userCounter}`;
  const password = `correct horse ${userCounter} battery`;
  const user = await services.accounts.createUser({ username, password, role }, { userId: null });
  const client = { ip: '127.0.0.1', userAgent: 'test' };
  const { key } = await services.keys.create(
    { userId: null, permissions: 'all' },
    user.id,
    { name: 'test' },
    client,
  );
  return { userId: user.id, username, password, role, apiKey: key, headers: { 'x-api-key': key } };
}

/** An app for `inject()` tests and its services; `close()` releases both. */
export async function createTestApp(options: TestServicesOptions = {}): Promise<{
  app: FastifyInstance;
  services: Services;
  createUser(role?: Role): Promise<TestUser>;
  close(): Promise<void>;
}> {
  const services = await createTestServices(options);
  const app = await buildApp(services, { logger: false });
  return {
    app,
    services,
    createUser: (role) => createTestUser(services, role),
    close: async () => {
      await app.close();
      await services.close();
    },
  };
}
