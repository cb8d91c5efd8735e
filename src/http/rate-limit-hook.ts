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
  readonly limitClass: RateLimitClass | null;
  readonly byClass: RateLimitDecision | null;
  readonly byPrincipal: RateLimitDecision | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Route and principal limits already counted by step [3]; null when step [5] must count them. */
    countedAhead: CountedAhead | null;
  }
}

/** Whom a request's route and principal limits count, and which apply. */
interface Plan {
  readonly who: string;
  readonly limitClass: RateLimitClass | null;
  readonly isPrincipal: boolean;
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

  /** The route-class and principal limits `who` counts against, worked out once per request. */
  function planFor(request: FastifyRequest, who: string): Plan {
    return {
      who,
      limitClass: rateLimitClassOf(request.routeOptions.url, request.method),
      isPrincipal: !who.startsWith('a:'),
    };
  }

  function hitsOf(plan: Plan): (readonly [RateLimitClass, string])[] {
    const hits: (readonly [RateLimitClass, string])[] = [];
    if (plan.limitClass) hits.push([plan.limitClass, plan.who]);
    if (plan.isPrincipal) hits.push(['principal', plan.who]);
    return hits;
  }

  /** The decisions of `hitsOf(plan)`, in that order, as what step [5] judges. */
  function countedFrom(plan: Plan, decisions: readonly RateLimitDecision[]): CountedAhead {
    const byClass = plan.limitClass ? (decisions[0] ?? null) : null;
    const byPrincipal = plan.isPrincipal ? (decisions[plan.limitClass ? 1 : 0] ?? null) : null;
    return { who: plan.who, limitClass: plan.limitClass, byClass, byPrincipal };
  }

  function judgeAddress(request: FastifyRequest, reply: FastifyReply, decision: RateLimitDecision) {
    setHeaders(reply, decision, now());
    if (!decision.allowed) return deny(request, 'ip', decision);
  }

  function judgeRoute(request: FastifyRequest, reply: FastifyReply, counted: CountedAhead) {
    if (counted.limitClass && counted.byClass) {
      setHeaders(reply, counted.byClass, now());
      if (!counted.byClass.allowed) return deny(request, counted.limitClass, counted.byClass);
    }
    if (counted.byPrincipal && !counted.byPrincipal.allowed) {
      return deny(request, 'principal', counted.byPrincipal);
    }
  }

  return {
    /** Step [3]. */
    limitByAddress(request: FastifyRequest, reply: FastifyReply): Promise<void> | undefined {
      const address = addressKey(clientInfo(request).ip);
      const who = knownWithoutWork(request, address);
      const plan = who === null ? null : planFor(request, who);
      const settle = (decisions: RateLimitDecision[]) => {
        if (plan) request.countedAhead = countedFrom(plan, decisions.slice(1));
        return judgeAddress(request, reply, decisions[0] as RateLimitDecision);
      };
      const decisions = limiter.hitMany([['ip', address], ...(plan ? hitsOf(plan) : [])]);
      return decisions instanceof Promise ? decisions.then(settle) : settle(decisions);
    },

    /** Step [5], after authentication. */
    limitByRouteAndPrincipal(request: FastifyRequest, reply: FastifyReply): Promise<void> | undefined {
      const who = whoOf(request.principal, addressKey(clientInfo(request).ip));
      const ahead = request.countedAhead;
      if (ahead && ahead.who === who) return judgeRoute(request, reply, ahead);
      const plan = planFor(request, who);
      const hits = hitsOf(plan);
      if (hits.length === 0) return;
      const decisions = limiter.hitMany(hits);
      const settle = (d: RateLimitDecision[]) => judgeRoute(request, reply, countedFrom(plan, d));
      return decisions instanceof Promise ? decisions.then(settle) : settle(decisions);
    },
  };
}
