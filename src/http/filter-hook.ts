import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import type { ClientInfo } from '../security/accounts.js';
import type { SecurityLog } from '../security/events.js';
import type { FilterDecision, RequestFilter } from '../security/request-filter.js';
import { clientInfo } from './auth-hooks.js';

/** Step [1]: the request filter as a hook; a refusal is 403 `request_blocked` and an event. */
export function createFilterHook(filter: RequestFilter, log: SecurityLog) {
  return function filterRequest(request: FastifyRequest): Promise<void> | undefined {
    const client = clientInfo(request);
    const decision = filter({ ip: client.ip, userAgent: client.userAgent });
    if (decision.allowed) return;
    return refuse(request, client, decision);
  };

  async function refuse(
    request: FastifyRequest,
    client: ClientInfo,
    decision: Exclude<FilterDecision, { allowed: true }>,
  ): Promise<void> {
    await log.record({
      type: 'request_filtered',
      severity: 'warning',
      client,
      detail: { reason: decision.reason, match: decision.match ?? null, route: request.url.slice(0, 200) },
    });
    throw new AppError('request_blocked');
  }
}
