import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../services.js';
import { clientInfo } from '../auth-hooks.js';
import { noQuery } from '../validation.js';
import { credentials, sessionBody, setSessionCookie } from './auth.js';

const setupBody = credentials.extend({ token: z.string().min(1).max(128) });

/** GET/POST /api/setup: creating the first administrator with the one-time token the server printed. */
export function registerSetupRoutes(app: FastifyInstance, services: Services): void {
  app.get('/api/setup', { schema: { querystring: noQuery }, config: { access: 'public' } }, async () => ({
    needed: await services.setup.isNeeded(),
  }));

  app.post<{ Body: z.infer<typeof setupBody> }>(
    '/api/setup',
    { schema: { body: setupBody, querystring: noQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const issued = await services.setup.complete(request.body, clientInfo(request));
      setSessionCookie(request, reply, issued);
      reply.code(201);
      return sessionBody(issued);
    },
  );
}
