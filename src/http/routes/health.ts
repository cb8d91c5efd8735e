import type { FastifyInstance } from 'fastify';
import { AGENT_TYPES } from '../../agents/definitions.js';
import type { Services } from '../../services.js';
import { pingDatabase } from '../../store/database.js';
import { uptimeSeconds } from './workflow.js';

const PING_CACHE_MS = 1000;

/** GET /health (liveness) and GET /api/health (dependencies, agents, metrics). */
export function registerHealthRoutes(app: FastifyInstance, services: Services): void {
  // Health checks arrive many times a second from balancers; one database round trip a second answers them all.
  let lastPing: { atMs: number; up: Promise<boolean> } | null = null;
  const databaseUp = (): Promise<boolean> => {
    const nowMs = performance.now();
    if (!lastPing || nowMs - lastPing.atMs >= PING_CACHE_MS) {
      lastPing = { atMs: nowMs, up: pingDatabase(services.database.db) };
    }
    return lastPing.up;
  };

  app.get('/health', { config: { access: 'public' } }, async () => ({ status: 'ok' }));

  app.get('/api/health', { config: { access: 'public' } }, async (request, reply) => {
    const up = await databaseUp();
    const status = up ? 'healthy' : 'unhealthy';
    reply.code(up ? 200 : 503);
    const timestamp = services.clock.now().toISOString();
    // Dependencies, agents and metrics help an attacker map the system: only security:read sees them.
    if (!request.principal?.permissions.has('security:read')) return { status, timestamp };
    return {
      status,
      timestamp,
      services: {
        database: { status: up ? 'up' : 'down', driver: services.database.driver },
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
