import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Services } from '../services.js';
import { installErrorHandling } from './error-handler.js';
import { createPipeline, installPipeline, type Pipeline } from './pipeline.js';
import { registerAdminRoutes } from './routes/admin.js';
import { registerAgentRoutes } from './routes/agents.js';
import { registerAuthRoutes } from './routes/auth.js';
import { registerChatRoutes } from './routes/chat.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerSetupRoutes } from './routes/setup.js';
import { registerWebRoutes } from './routes/web.js';
import { registerWorkflowRoutes } from './routes/workflow.js';
import { zodValidatorCompiler } from './validation.js';
import { registerChatSocket } from './ws.js';

/** Options of the HTTP app. */
export interface AppOptions {
  /** The security pipeline; later layers replace its slots. @default createPipeline(services) */
  readonly pipeline?: Pipeline;
  /** Fastify logger settings; `false` in tests. */
  readonly logger?: FastifyServerOptions['logger'];
  /** Largest accepted JSON body. @default 1 MiB */
  readonly bodyLimitBytes?: number;
}

const REDACTED_HEADERS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
];

/** Builds the app: the one place where the request pipeline is assembled. */
export async function buildApp(services: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? { level: services.config.logLevel, redact: REDACTED_HEADERS },
    // Our own id for every request; a client-sent X-Request-Id is not trusted.
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: options.bodyLimitBytes ?? 1024 * 1024,
    return503OnClosing: true,
    forceCloseConnections: true,
  });
  // Only JSON bodies are accepted; anything else is 415 before a handler runs.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(zodValidatorCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  installErrorHandling(app, services.log);
  await app.register(fastifyCookie);
  installPipeline(app, options.pipeline ?? createPipeline(services));

  await app.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 } });
  registerHealthRoutes(app, services);
  registerSetupRoutes(app, services);
  registerAuthRoutes(app, services);
  registerAdminRoutes(app, services);
  registerAgentRoutes(app, services);
  registerChatRoutes(app, services);
  registerWorkflowRoutes(app, services);
  registerChatSocket(app, services);
  await registerWebRoutes(app);
  return app;
}
