import type { FastifyInstance } from 'fastify';
import { systemClock } from './clock.js';
import { loadConfig } from './config.js';
import { buildApp } from './http/app.js';
import { createServices } from './services.js';

/** A running server. */
export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  close(): Promise<void>;
}

/** The composition root: config from the environment, services, the app, then listen. */
export async function startServer(env: Record<string, string | undefined>): Promise<RunningServer> {
  const config = loadConfig(env);
  const services = await createServices(config, { clock: systemClock });
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
  return {
    app,
    url: `http://${host}:${port}`,
    close: async () => {
      await app.close();
      await services.close();
    },
  };
}
