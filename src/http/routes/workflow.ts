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
      let latest: Record<string, unknown> | undefined;
      if (sessionId !== undefined) {
        const session = await ownSession(services, sessionId, userId);
        const run = await services.store.workflow.latestRun({ sessionId: session.id });
        if (run && status === 'idle') status = RUN_STATUS[run.status];
        if (run) latest = await runWithSteps(services, run);
        lastActivity = session.updatedAt;
      } else {
        lastActivity = await services.store.chat.lastActivity(userId);
        const run = await services.store.workflow.latestRun({ userId });
        if (run) latest = await runWithSteps(services, run);
      }
      return {
        status,
        active_agents: activeAgents,
        session_count: await services.store.chat.countSessions(userId),
        uptime: uptimeSeconds(services),
        last_activity: lastActivity,
        ...(latest ? { run: latest } : {}),
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

/** The latest run of a session and its steps so far (stored as each ends, so a running turn shows). */
async function runWithSteps(
  services: Services,
  run: NonNullable<Awaited<ReturnType<Services['store']['workflow']['latestRun']>>>,
) {
  const steps = await services.store.workflow.listSteps(run.id);
  return {
    id: run.id,
    session_id: run.session_id,
    status: run.status,
    entry_agent: run.entry_agent,
    error_code: run.error_code,
    started_at: run.started_at,
    finished_at: run.finished_at,
    steps: steps.map((step) => ({
      seq: step.seq,
      agent_type: step.agent_type,
      action: step.action,
      status: step.status,
      started_at: step.started_at,
      duration_ms: step.duration_ms,
      ...(step.exit_status === null
        ? {}
        : { exit_status: step.exit_status, truncated: step.truncated === 1 }),
      ...(step.model === null
        ? {}
        : {
            model: step.model,
            tokens_reserved: step.tokens_reserved,
            input_tokens: step.input_tokens,
            output_tokens: step.output_tokens,
          }),
    })),
  };
}

/** Seconds since the services started, by the injected clock. */
export function uptimeSeconds(services: Services): number {
  return Math.max(0, Math.round((services.clock.now().getTime() - services.startedAt.getTime()) / 1000));
}
