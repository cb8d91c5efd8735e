import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import type { SecurityLog } from '../security/events.js';
import { addressKey } from '../security/ip.js';
import {
  type RateLimitClass,
  type RateLimitDecision,
  type RateLimiter,
  rateLimitClassOf,
} from '../security/rate-limit.js';
import { clientInfo } from './auth-hooks.js';

function setHeaders(reply: FastifyReply, decision: RateLimitDecision, nowMs: number): void {
  reply.header('x-ratelimit-limit', decision.limit);
  reply.header('x-ratelimit-remaining', decision.remaining);
  reply.header('x-ratelimit-reset', Math.max(0, Math.ceil((decision.resetAtMs - nowMs) / 1000)));
}

async function deny(
  request: FastifyRequest,
  log: SecurityLog,
  limit: RateLimitClass,
  decision: RateLimitDecision,
) {
  await log.record({
    type: 'rate_limited',
    severity: 'warning',
    userId: request.principal?.userId ?? null,
    client: clientInfo(request),
    detail: { limit, route: request.routeOptions.url ?? null },
  });
  throw new AppError('rate_limited', undefined, {
    retryAfterSeconds: Math.max(1, Math.ceil(decision.retryAfterMs / 1000)),
  });
}

/** Step [3]: every request counts against its address (IPv6 per /64). */
export function createIpRateLimitHook(limiter: RateLimiter, log: SecurityLog, now: () => number) {
  const apply = (request: FastifyRequest, reply: FastifyReply, decision: RateLimitDecision) => {
    setHeaders(reply, decision, now());
    if (!decision.allowed) return deny(request, log, 'ip', decision);
  };
  return function limitByAddress(request: FastifyRequest, reply: FastifyReply): Promise<void> | undefined {
    const decision = limiter.hit('ip', addressKey(clientInfo(request).ip));
    if (decision instanceof Promise) return decision.then((d) => apply(request, reply, d));
    return apply(request, reply, decision);
  };
}

/**
 * After authentication: the route's class limit (chat, health, admin, login) keyed by the principal
 * (user, or key for API-key requests) or by address for anonymous callers, and the per-principal limit,
 * counted together (one round trip with Redis). The class limit's numbers replace the address limit's
 * in the headers; when both refuse, the class limit is the one reported.
 */
export function createRouteRateLimitHook(limiter: RateLimiter, log: SecurityLog, now: () => number) {
  const apply = (
    request: FastifyRequest,
    reply: FastifyReply,
    limitClass: RateLimitClass | null,
    byClass: RateLimitDecision | null,
    byPrincipal: RateLimitDecision | null,
  ) => {
    if (limitClass && byClass) {
      setHeaders(reply, byClass, now());
      if (!byClass.allowed) return deny(request, log, limitClass, byClass);
    }
    if (byPrincipal && !byPrincipal.allowed) return deny(request, log, 'principal', byPrincipal);
  };
  return function limitByRouteAndPrincipal(
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<void> | undefined {
    const principal = request.principal;
    const who = principal
      ? principal.keyId
        ? `k:${principal.keyId}`
        : `u:${principal.userId}`
      : `a:${addressKey(clientInfo(request).ip)}`;
    const limitClass = rateLimitClassOf(request.routeOptions.url, request.method);
    const byClass = limitClass ? limiter.hit(limitClass, who) : null;
    const byPrincipal = principal ? limiter.hit('principal', who) : null;
    if (byClass instanceof Promise || byPrincipal instanceof Promise) {
      return Promise.all([byClass, byPrincipal]).then(([c, p]) => apply(request, reply, limitClass, c, p));
    }
    return apply(request, reply, limitClass, byClass, byPrincipal);
  };
}
