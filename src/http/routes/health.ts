import type { FastifyInstance } from 'fastify';
import { AGENT_TYPES } from '../../agents/definitions.js';
import type { Services } from '../../services.js';
import { pingDatabase } from '../../store/database.js';
import { uptimeSeconds } from './workflow.js';

/** GET /health (liveness) and GET /api/health (dependencies, agents, metrics). */
export function registerHealthRoutes(app: FastifyInstance, services: Services): void {
  app.get('/health', { config: { access: 'public' } }, async () => ({ status: 'ok' }));

  app.get('/api/health', { config: { access: 'public' } }, async (request, reply) => {
    const databaseUp = await pingDatabase(services.database.db);
    const status = databaseUp ? 'healthy' : 'unhealthy';
    reply.code(databaseUp ? 200 : 503);
    const timestamp = services.clock.now().toISOString();
    // Dependencies, agents and metrics help an attacker map the system: only security:read sees them.
    if (!request.principal?.permissions.has('security:read')) return { status, timestamp };
    return {
      status,
      timestamp,
      services: {
        database: { status: databaseUp ? 'up' : 'down', driver: services.database.driver },
        llm: { status: 'up', provider: services.provider.name, model: services.provider.model },
        search: { status: 'not_configured' },
      },
      agents: Object.fromEntries(
        AGENT_TYPES.map((type) => [
          type,
          services.agents[type].unavailableReason ? 'not_configured' : 'ready',
        ]),
      ),
      metrics: { uptime_seconds: uptimeSeconds(services), ...services.activity.metrics() },
    };
  });
}
