import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import type { Authenticator } from '../security/authenticate.js';
import type { SecurityLog } from '../security/events.js';
import { addressKey } from '../security/ip.js';
import type { Principal } from '../security/principal.js';
import {
  type RateLimitClass,
  type RateLimitDecision,
  type RateLimiter,
  rateLimitClassOf,
} from '../security/rate-limit.js';
import { clientInfo, presentedApiKey, SESSION_COOKIE } from './auth-hooks.js';

/** Limits counted ahead, at step [3], for the later step to judge. */
interface CountedAhead {
  /** Whom the class and principal limits were counted for (`a:`, `k:` or `u:` + id). */
  readonly who: string;
  readonly byClass: RateLimitDecision | null;
  readonly byPrincipal: RateLimitDecision | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Route and principal limits already counted by step [3]; null when step [5] must count them. */
    countedAhead: CountedAhead | null;
  }
}

/** Dependencies of the rate-limit steps. */
export interface RateLimitStepDeps {
  readonly limiter: RateLimiter;
  readonly log: SecurityLog;
  readonly authenticator: Authenticator;
  readonly now: () => number;
}

function setHeaders(reply: FastifyReply, decision: RateLimitDecision, nowMs: number): void {
  reply.header('x-ratelimit-limit', decision.limit);
  reply.header('x-ratelimit-remaining', decision.remaining);
  reply.header('x-ratelimit-reset', Math.max(0, Math.ceil((decision.resetAtMs - nowMs) / 1000)));
}

/** Whom the class and principal limits count: the key, the user, or the address of an anonymous caller. */
function whoOf(principal: Principal | null, address: string): string {
  if (!principal) return `a:${address}`;
  return principal.keyId ? `k:${principal.keyId}` : `u:${principal.userId}`;
}

/**
 * Steps [3] and [5]. Step [3] counts every request against its address (IPv6 per /64) before any
 * authentication work. Step [5] applies the route's class limit (chat, health, admin, login) and the
 * per-principal limit, keyed by the key, the user, or the address of an anonymous caller.
 *
 * When step [3] already knows who is asking without any work — no credential presented, or an API
 * key verified within the last second — it counts all three limits in one store call (one Redis round
 * trip instead of two) and leaves the class and principal decisions for step [5] to judge.
 */
export function createRateLimitSteps(deps: RateLimitStepDeps) {
  const { limiter, log, now } = deps;

  async function deny(request: FastifyRequest, limit: RateLimitClass, decision: RateLimitDecision) {
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

  /** Who is asking, if that is known without authentication work; else null. */
  function knownWithoutWork(request: FastifyRequest, address: string): string | null {
    let apiKey: string | undefined;
    try {
      apiKey = presentedApiKey(request);
    } catch {
      return null; // a malformed credential is step [4]'s to refuse
    }
    if (apiKey !== undefined) {
      const remembered = deps.authenticator.rememberedApiKey(apiKey);
      return remembered ? whoOf(remembered, address) : null;
    }
    return request.cookies[SESSION_COOKIE] ? null : whoOf(null, address);
  }

  function limitsOf(request: FastifyRequest, who: string): [RateLimitClass | null, boolean] {
    return [rateLimitClassOf(request.routeOptions.url, request.method), !who.startsWith('a:')];
  }

  function judgeAddress(request: FastifyRequest, reply: FastifyReply, decision: RateLimitDecision) {
    setHeaders(reply, decision, now());
    if (!decision.allowed) return deny(request, 'ip', decision);
  }

  function judgeRoute(request: FastifyRequest, reply: FastifyReply, counted: CountedAhead) {
    const limitClass = rateLimitClassOf(request.routeOptions.url, request.method);
    if (limitClass && counted.byClass) {
      setHeaders(reply, counted.byClass, now());
      if (!counted.byClass.allowed) return deny(request, limitClass, counted.byClass);
    }
    if (counted.byPrincipal && !counted.byPrincipal.allowed) {
      return deny(request, 'principal', counted.byPrincipal);
    }
  }

  /** Counts `who`'s class and principal limits (after `ip`, when given) in one call. */
  function count(
    request: FastifyRequest,
    who: string,
    address: string | null,
  ): RateLimitDecision[] | Promise<RateLimitDecision[]> {
    const [limitClass, isPrincipal] = limitsOf(request, who);
    const hits: (readonly [RateLimitClass, string])[] = [];
    if (address !== null) hits.push(['ip', address]);
    if (limitClass) hits.push([limitClass, who]);
    if (isPrincipal) hits.push(['principal', who]);
    return hits.length === 0 ? [] : limiter.hitMany(hits);
  }

  function aheadOf(who: string, request: FastifyRequest, decisions: RateLimitDecision[], from: number) {
    const [limitClass, isPrincipal] = limitsOf(request, who);
    let next = from;
    const byClass = limitClass ? (decisions[next++] ?? null) : null;
    const byPrincipal = isPrincipal ? (decisions[next] ?? null) : null;
    return { who, byClass, byPrincipal };
  }

  return {
    /** Step [3]. */
    limitByAddress(request: FastifyRequest, reply: FastifyReply): Promise<void> | undefined {
      const address = addressKey(clientInfo(request).ip);
      const who = knownWithoutWork(request, address);
      const settle = (decisions: RateLimitDecision[]) => {
        if (who !== null) request.countedAhead = aheadOf(who, request, decisions, 1);
        return judgeAddress(request, reply, decisions[0] as RateLimitDecision);
      };
      const decisions = who === null ? limiter.hitMany([['ip', address]]) : count(request, who, address);
      return decisions instanceof Promise ? decisions.then(settle) : settle(decisions);
    },

    /** Step [5], after authentication. */
    limitByRouteAndPrincipal(request: FastifyRequest, reply: FastifyReply): Promise<void> | undefined {
      const who = whoOf(request.principal, addressKey(clientInfo(request).ip));
      const ahead = request.countedAhead;
      if (ahead && ahead.who === who) return judgeRoute(request, reply, ahead);
      const decisions = count(request, who, null);
      const settle = (d: RateLimitDecision[]) => judgeRoute(request, reply, aheadOf(who, request, d, 0));
      return decisions instanceof Promise ? decisions.then(settle) : settle(decisions);
    },
  };
}
