import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../services.js';
import { principalOf } from './auth.js';
import { ownSession } from './chat.js';

const statusQuery = z.strictObject({ session_id: z.string().max(100).optional() });
const clearQuery = z.strictObject({ session_id: z.string().max(100) });

const RUN_STATUS = { running: 'processing', failed: 'error', completed: 'idle' } as const;

/** GET /api/workflow/status and DELETE /api/clear. */
export function registerWorkflowRoutes(app: FastifyInstance, services: Services): void {
  app.get<{ Querystring: z.infer<typeof statusQuery> }>(
    '/api/workflow/status',
    { schema: { querystring: statusQuery }, config: { access: 'chat:use' } },
    async (request) => {
      const userId = principalOf(request).userId;
      const sessionId = request.query.session_id;
      const activeAgents = services.activity.activeAgents(userId, sessionId);
      let status: 'idle' | 'processing' | 'error' = activeAgents.length > 0 ? 'processing' : 'idle';
      let lastActivity: string | null;
      if (sessionId !== undefined) {
        const session = await ownSession(services, sessionId, userId);
        const run = await services.store.workflow.latestRun(session.id);
        if (run && status === 'idle') status = RUN_STATUS[run.status];
        lastActivity = session.updatedAt;
      } else {
        lastActivity = await services.store.chat.lastActivity(userId);
      }
      return {
        status,
        active_agents: activeAgents,
        session_count: await services.store.chat.countSessions(userId),
        uptime: uptimeSeconds(services),
        last_activity: lastActivity,
      };
    },
  );

  app.delete<{ Querystring: z.infer<typeof clearQuery> }>(
    '/api/clear',
    { schema: { querystring: clearQuery }, config: { access: 'chat:use' } },
    async (request) => {
      const session = await ownSession(services, request.query.session_id, principalOf(request).userId);
      const cleared = await services.store.chat.clearMessages(session.id);
      return { status: 'success', session_id: session.id, cleared };
    },
  );
}

/** Seconds since the services started, by the injected clock. */
export function uptimeSeconds(services: Services): number {
  return Math.max(0, Math.round((services.clock.now().getTime() - services.startedAt.getTime()) / 1000));
}
