import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import type { SecurityLog } from '../security/events.js';
import type { RequestFilter } from '../security/request-filter.js';
import { clientInfo } from './auth-hooks.js';

/** Step [1]: the request filter as a hook; a refusal is 403 `request_blocked` and an event. */
export function createFilterHook(filter: RequestFilter, log: SecurityLog) {
  return async function filterRequest(request: FastifyRequest): Promise<void> {
    const client = clientInfo(request);
    const decision = filter({ ip: client.ip, userAgent: client.userAgent });
    if (decision.allowed) return;
    await log.record({
      type: 'request_filtered',
      severity: 'warning',
      client,
      detail: { reason: decision.reason, match: decision.match ?? null, route: request.url.slice(0, 200) },
    });
    throw new AppError('request_blocked');
  };
}
