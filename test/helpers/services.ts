import type { FastifyInstance } from 'fastify';
import { type Clock, createManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { buildApp } from '../../src/http/app.js';
import type { LlmProvider } from '../../src/llm/provider.js';
import { createServices, type Services } from '../../src/services.js';
import type { DatabaseDriver } from '../../src/store/database.js';
import { openTestDatabase } from './database.js';

/** The instant test clocks start at: a Wednesday. */
export const TEST_NOW = '2026-11-25T09:00:00.000Z';

/** Options for test services. */
export interface TestServicesOptions {
  driver?: DatabaseDriver;
  clock?: Clock;
  provider?: LlmProvider;
  env?: Record<string, string>;
}

/** Services over an isolated, migrated database, with a manual clock unless one is given. */
export async function createTestServices(options: TestServicesOptions = {}): Promise<Services> {
  const database = await openTestDatabase(options.driver ?? 'sqlite');
  const config = loadConfig({ NODE_ENV: 'test', TIMEZONE: 'UTC', LOG_LEVEL: 'silent', ...options.env });
  return createServices(config, {
    clock: options.clock ?? createManualClock(TEST_NOW),
    database,
    ...(options.provider ? { provider: options.provider } : {}),
  });
}

/** An app for `inject()` tests and its services; `close()` releases both. */
export async function createTestApp(options: TestServicesOptions = {}): Promise<{
  app: FastifyInstance;
  services: Services;
  close(): Promise<void>;
}> {
  const services = await createTestServices(options);
  const app = await buildApp(services, { logger: false });
  return {
    app,
    services,
    close: async () => {
      await app.close();
      await services.close();
    },
  };
}
