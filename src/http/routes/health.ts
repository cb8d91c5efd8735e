import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AGENT_TYPES } from '../../agents/definitions.js';
import type { Services } from '../../services.js';
import { pingDatabase } from '../../store/database.js';
import { uptimeSeconds } from './workflow.js';

const PING_CACHE_MS = 1000;

/** GET /health (liveness) and GET /api/health (dependencies, agents, metrics). */
export function registerHealthRoutes(app: FastifyInstance, services: Services): void {
  // Health checks arrive many times a second from balancers; one database round trip a second answers
  // them all, and between checks the answer is known without waiting.
  let lastPing: { atMs: number; up: Promise<boolean>; known: boolean | null } | null = null;
  const databaseUp = (): boolean | Promise<boolean> => {
    const nowMs = performance.now();
    if (!lastPing || nowMs - lastPing.atMs >= PING_CACHE_MS) {
      const ping = { atMs: nowMs, up: pingDatabase(services.database.db), known: null as boolean | null };
      ping.up.then((up) => {
        ping.known = up;
      });
      lastPing = ping;
    }
    return lastPing.known ?? lastPing.up;
  };

  app.get('/health', { config: { access: 'public' } }, async () => ({ status: 'ok' }));

  app.get('/api/health', { config: { access: 'public' } }, (request, reply) => {
    const up = databaseUp();
    return typeof up === 'boolean' ? answer(request, reply, up) : up.then((u) => answer(request, reply, u));
  });

  // Formatting a date costs more than the rest of the answer; requests in the same millisecond share one.
  let stamp = { ms: Number.NaN, iso: '' };
  const isoTimestamp = (ms: number): string => {
    if (ms !== stamp.ms) stamp = { ms, iso: new Date(ms).toISOString() };
    return stamp.iso;
  };

  function answer(request: FastifyRequest, reply: FastifyReply, up: boolean) {
    const providers = services.llm.health.statuses();
    const llmStatus = providers[services.provider.name] ?? 'available';
    const searchName = services.llm.search?.name;
    const searchStatus = searchName ? (providers[searchName] ?? 'available') : 'not_configured';
    // A failing model or search provider degrades the service; only a dead database makes it unhealthy.
    const status = !up
      ? 'unhealthy'
      : llmStatus === 'unavailable' || searchStatus === 'unavailable'
        ? 'degraded'
        : 'healthy';
    reply.code(up ? 200 : 503);
    const timestamp = isoTimestamp(services.clock.now().getTime());
    // Dependencies, agents and metrics help an attacker map the system: only security:read sees them.
    if (!request.principal?.permissions.has('security:read')) return { status, timestamp };
    return {
      status,
      timestamp,
      services: {
        database: { status: up ? 'up' : 'down', driver: services.database.driver },
        llm: {
          status: llmStatus,
          provider: services.provider.name,
          model: services.llm.policy.defaultModel,
          allowed_models: services.llm.policy.allowedModels,
          circuit: services.llm.breaker.state(),
        },
        search: { status: searchStatus, provider: searchName ?? null },
        providers,
      },
      agents: Object.fromEntries(
        AGENT_TYPES.map((type) => [
          type,
          services.controls.current().disabledAgents.includes(type)
            ? 'disabled'
            : services.agents[type].unavailableReason
              ? 'not_configured'
              : 'ready',
        ]),
      ),
      controls: {
        lockdown: services.controls.current().lockdown,
        disabled_agents: services.controls.current().disabledAgents,
      },
      metrics: { uptime_seconds: uptimeSeconds(services), ...services.activity.metrics() },
    };
  }
}
