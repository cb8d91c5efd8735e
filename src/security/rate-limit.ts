import type { Clock } from '../clock.js';
import type { StateStore, WindowCount } from '../store/state/state-store.js';

/** One limit: at most `limit` hits per `windowMs`. */
export interface RateLimitRule {
  readonly limit: number;
  readonly windowMs: number;
}

const MINUTE = 60_000;

/** The limits of each class (the original system's values where it had them). */
export const DEFAULT_RATE_LIMITS = Object.freeze({
  /** Every request from one address (IPv6 per /64). */
  ip: { limit: 1000, windowMs: 60 * MINUTE },
  /** Every request of one user or API key. */
  principal: { limit: 600, windowMs: MINUTE },
  chat: { limit: 60, windowMs: MINUTE },
  health: { limit: 120, windowMs: MINUTE },
  admin: { limit: 10, windowMs: MINUTE },
  /** Login and setup attempts per address, on top of the login guard's per-account lockout. */
  login: { limit: 30, windowMs: MINUTE },
}) satisfies Record<string, RateLimitRule>;

/** A rule's name. */
export type RateLimitClass = keyof typeof DEFAULT_RATE_LIMITS;

/** The outcome of one hit, with what the X-RateLimit-* headers report. */
export interface RateLimitDecision {
  readonly allowed: boolean;
  readonly limit: number;
  readonly remaining: number;
  readonly resetAtMs: number;
  readonly retryAfterMs: number;
}

function decide(rule: RateLimitRule, counted: WindowCount, nowMs: number): RateLimitDecision {
  const allowed = counted.count <= rule.limit;
  return {
    allowed,
    limit: rule.limit,
    remaining: Math.max(0, rule.limit - counted.count),
    resetAtMs: counted.resetAtMs,
    retryAfterMs: allowed ? 0 : Math.max(0, counted.resetAtMs - nowMs),
  };
}

/** Fixed-window rate limits over a state store (which brings its own insurance when shared). */
export function createRateLimiter(
  deps: { store: StateStore; clock: Clock },
  rules: Readonly<Record<RateLimitClass, RateLimitRule>> = DEFAULT_RATE_LIMITS,
) {
  for (const [name, rule] of Object.entries(rules)) {
    if (
      !Number.isInteger(rule.limit) ||
      rule.limit < 1 ||
      !Number.isInteger(rule.windowMs) ||
      rule.windowMs < 1000
    ) {
      throw new Error(`Rate limit ${name} needs an integer limit >= 1 and windowMs >= 1000`);
    }
  }
  return {
    rules,
    /** Counts one hit under each (rule, key) in one store call, so a request's limits cost one round trip. */
    hitMany(
      hits: readonly (readonly [RateLimitClass, string])[],
    ): RateLimitDecision[] | Promise<RateLimitDecision[]> {
      const nowMs = deps.clock.now().getTime();
      const windows = hits.map(([name, key]) => ({
        key: `rl:${name}:${key}`,
        windowMs: rules[name].windowMs,
      }));
      const counted = deps.store.hitMany(windows, nowMs);
      const decideAll = (counts: WindowCount[]) =>
        counts.map((c, i) => decide(rules[(hits[i] as (typeof hits)[number])[0]], c, nowMs));
      return counted instanceof Promise ? counted.then(decideAll) : decideAll(counted);
    },
  };
}

/** The rate limiter's type. */
export type RateLimiter = ReturnType<typeof createRateLimiter>;

/**
 * Which class a request belongs to, by its route. The admin class counts actions (unsafe methods):
 * reading the console is limited per principal like everything else, so a page that lists users,
 * bans and events does not lock its administrator out.
 */
export function rateLimitClassOf(routeUrl: string | undefined, method = 'GET'): RateLimitClass | null {
  if (!routeUrl) return null;
  if (routeUrl === '/api/chat' || routeUrl === '/ws/chat') return 'chat';
  if (routeUrl === '/health' || routeUrl === '/api/health') return 'health';
  if (routeUrl.startsWith('/api/admin/')) return method === 'GET' || method === 'HEAD' ? null : 'admin';
  if (routeUrl === '/api/auth/login' || routeUrl === '/api/setup') return 'login';
  return null;
}
