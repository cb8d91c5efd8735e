import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import { API_CACHE_CONTROL, HTTP_SECURITY_HEADERS, HTTPS_SECURITY_HEADERS } from '../security/headers.js';
import type { Services } from '../services.js';
import { installErrorHandling, sendError, toAppError } from './error-handler.js';
import { createMetrics, registerMetrics } from './metrics.js';
import { createPipeline, installPipeline, type Pipeline } from './pipeline.js';
import { registerAdminRoutes } from './routes/admin.js';
import { registerAgentRoutes } from './routes/agents.js';
import { registerAuthRoutes } from './routes/auth.js';
import { registerBlockRoutes } from './routes/blocks.js';
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
  /** Key and certificate for built-in HTTPS (TLS 1.2+, modern ciphers only). */
  readonly https?: { readonly key: Buffer; readonly cert: Buffer };
}

/** TLS 1.2 suites with forward secrecy and AEAD only (Mozilla "intermediate"); TLS 1.3 suites are Node's. */
const TLS12_CIPHERS = [
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
].join(':');

const REDACTED_HEADERS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
];

/** The precomputed security headers, the request id, and no-store on API answers. */
function setSecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.headers(request.protocol === 'https' ? HTTPS_SECURITY_HEADERS : HTTP_SECURITY_HEADERS);
  reply.header('x-request-id', request.id);
  if (request.url.startsWith('/api/')) reply.header('cache-control', API_CACHE_CONTROL);
}

/** Builds the app: the one place where the request pipeline is assembled. */
export async function buildApp(services: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? { level: services.config.logLevel, redact: REDACTED_HEADERS },
    // Our own id for every request; a client-sent X-Request-Id is not trusted.
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: services.config.bodyLimitBytes,
    // X-Forwarded-For and -Proto are believed only from the configured proxies, so a client cannot pick its own address.
    trustProxy: services.config.trustProxy.length > 0 ? [...services.config.trustProxy] : false,
    // Slow clients (slowloris) get 30 s to send a whole request; idle keep-alive connections 5 s.
    requestTimeout: 30_000,
    // Errors Fastify raises before routing (a URL that is not valid UTF-8, say) get our shape and headers too.
    frameworkErrors: function answerFrameworkError(error, request, reply) {
      setSecurityHeaders(request, reply);
      void sendError(request, reply, toAppError(error));
    },
    keepAliveTimeout: 5_000,
    ...(options.https
      ? {
          https: {
            ...options.https,
            minVersion: 'TLSv1.2' as const,
            ciphers: TLS12_CIPHERS,
            honorCipherOrder: true,
          },
        }
      : {}),
    return503OnClosing: true,
    forceCloseConnections: true,
  });
  // Only JSON bodies are accepted; anything else is 415 before a handler runs.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(zodValidatorCompiler);
  // First hook of all, so every answer — errors, 404s and early denials included — carries them.
  app.addHook('onRequest', (request, reply, done) => {
    setSecurityHeaders(request, reply);
    done();
  });
  const metrics = createMetrics();
  installErrorHandling(app, services.log, (code) => metrics.countDenial(code));
  await app.register(fastifyCookie);
  installPipeline(app, options.pipeline ?? createPipeline(services));

  await app.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 } });
  registerHealthRoutes(app, services);
  registerSetupRoutes(app, services);
  registerAuthRoutes(app, services);
  registerAdminRoutes(app, services);
  registerBlockRoutes(app, services);
  registerMetrics(app, services, metrics);
  registerAgentRoutes(app, services);
  registerChatRoutes(app, services);
  registerWorkflowRoutes(app, services);
  registerChatSocket(app, services);
  await registerWebRoutes(app);
  return app;
}
