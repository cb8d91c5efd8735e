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
  return async function limitByAddress(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const decision = await limiter.hit('ip', addressKey(clientInfo(request).ip));
    setHeaders(reply, decision, now());
    if (!decision.allowed) await deny(request, log, 'ip', decision);
  };
}

/**
 * After authentication: the route's class limit (chat, health, admin, login) keyed by the principal
 * (user, or key for API-key requests) or by address for anonymous callers, then the per-principal limit.
 * The class limit's numbers replace the address limit's in the headers.
 */
export function createRouteRateLimitHook(limiter: RateLimiter, log: SecurityLog, now: () => number) {
  return async function limitByRouteAndPrincipal(
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<void> {
    const principal = request.principal;
    const who = principal
      ? principal.keyId
        ? `k:${principal.keyId}`
        : `u:${principal.userId}`
      : `a:${addressKey(clientInfo(request).ip)}`;
    const limitClass = rateLimitClassOf(request.routeOptions.url, request.method);
    if (limitClass) {
      const decision = await limiter.hit(limitClass, who);
      setHeaders(reply, decision, now());
      if (!decision.allowed) await deny(request, log, limitClass, decision);
    }
    if (principal) {
      const decision = await limiter.hit('principal', who);
      if (!decision.allowed) await deny(request, log, 'principal', decision);
    }
  };
}
