import type { FastifyInstance } from 'fastify';
import { AGENT_TYPES } from '../../agents/definitions.js';
import type { Services } from '../../services.js';
import { noQuery } from '../validation.js';

/** GET /api/agents: the agents and whether each can work on this server. */
export function registerAgentRoutes(app: FastifyInstance, services: Services): void {
  app.get('/api/agents', { schema: { querystring: noQuery }, config: { access: 'chat:use' } }, async () => ({
    agents: AGENT_TYPES.map((type) => {
      const agent = services.agents[type];
      return {
        type,
        name: agent.name,
        description: agent.description,
        capabilities: agent.capabilities,
        status: agent.unavailableReason ? 'not_configured' : 'ready',
      };
    }),
  }));
}
