import type { FastifyInstance } from 'fastify';
import { systemClock } from './clock.js';
import { loadConfig } from './config.js';
import { buildApp } from './http/app.js';
import { createServices } from './services.js';

/** A running server. */
export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  /** Set when no user exists yet: the one-time page that creates the first administrator. */
  readonly setupUrl: string | null;
  close(): Promise<void>;
}

/** The composition root: config from the environment, services, the app, then listen. */
export async function startServer(env: Record<string, string | undefined>): Promise<RunningServer> {
  const config = loadConfig(env);
  const services = await createServices(config, { clock: systemClock });
  // Only the server, not every CLI command, may decide that runs left 'running' were abandoned.
  await services.store.workflow.failAbandonedRuns();
  let app: FastifyInstance;
  try {
    app = await buildApp(services);
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await services.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;
  const setupToken = await services.setup.prepare();
  return {
    app,
    url,
    // The token rides in the fragment, which browsers never send to servers or proxies.
    setupUrl: setupToken ? `${url}/setup.html#token=${setupToken}` : null,
    close: async () => {
      await app.close();
      await services.close();
    },
  };
}
