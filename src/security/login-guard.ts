import { type RateLimiterAbstract, RateLimiterMemory } from 'rate-limiter-flexible';

/** Login protection options. */
export interface LoginGuardOptions {
  /** Consecutive failures for one username from one IP before a lockout. @default 5 */
  readonly maxConsecutiveFails: number;
  /** First lockout; each further lockout within a day doubles it. @default 60000 */
  readonly baseLockoutMs: number;
  /** Longest lockout. @default 86400000 */
  readonly maxLockoutMs: number;
  /** Failures from one IP across all usernames per day before that IP is blocked for the day. @default 100 */
  readonly maxFailsPerIpPerDay: number;
}

/** Defaults. */
export const DEFAULT_LOGIN_GUARD_OPTIONS: LoginGuardOptions = Object.freeze({
  maxConsecutiveFails: 5,
  baseLockoutMs: 60_000,
  maxLockoutMs: 24 * 60 * 60 * 1000,
  maxFailsPerIpPerDay: 100,
});

const DAY_S = 24 * 60 * 60;
// Whole seconds below 2^31-1 ms: blocks are set in seconds, and Node cuts longer timers to 1 ms.
const MAX_TIMER_MS = 2_147_483_000;

/** Whether a login attempt may proceed. */
export type LoginGate =
  | { allowed: true; attempt: number }
  | { allowed: false; retryAfterMs: number; scope: 'account' | 'ip' };

/**
 * Brute-force protection after rate-limiter-flexible's login pattern: consecutive failures per
 * username+IP lock out with doubling durations; failures per IP across usernames cap slow sweeps.
 * A success resets the username+IP count.
 */
export function createLoginGuard(options: LoginGuardOptions = DEFAULT_LOGIN_GUARD_OPTIONS) {
  for (const [name, value] of Object.entries(options)) {
    if (!Number.isInteger(value) || value <= 0)
      throw new Error(`Login guard option ${name} must be a positive integer`);
  }
  // rate-limiter-flexible ends a block with setTimeout, which Node cuts to 1 ms above 2^31-1 ms.
  if (options.baseLockoutMs % 1000 !== 0 || options.maxLockoutMs % 1000 !== 0) {
    throw new Error('Login guard options baseLockoutMs and maxLockoutMs must be whole seconds');
  }
  if (options.maxLockoutMs > MAX_TIMER_MS) {
    throw new Error(`Login guard option maxLockoutMs must be at most ${MAX_TIMER_MS} (24.8 days)`);
  }
  if (options.baseLockoutMs > options.maxLockoutMs) {
    throw new Error('Login guard option baseLockoutMs must not exceed maxLockoutMs');
  }
  const byUserIp = new RateLimiterMemory({
    keyPrefix: 'login_fail_user_ip',
    points: options.maxConsecutiveFails,
    duration: DAY_S,
  });
  const lockouts = new RateLimiterMemory({ keyPrefix: 'login_lockouts', points: 10_000, duration: DAY_S });
  const byIp = new RateLimiterMemory({
    keyPrefix: 'login_fail_ip',
    points: options.maxFailsPerIpPerDay,
    duration: DAY_S,
  });

  const key = (username: string, ip: string) => `${username}\u0000${ip}`;

  return {
    /**
     * Counts an attempt before the password is checked, so concurrent guesses cannot all slip past a
     * read-only check while argon2 runs; returns the attempt's number for `failed`.
     */
    async begin(username: string, ip: string): Promise<LoginGate> {
      // The account first: retries against a locked account must not use up the address's daily
      // allowance, which others behind the same address (NAT) share.
      const account = await consumeQuietly(byUserIp, key(username, ip));
      if (account.consumedPoints > options.maxConsecutiveFails) {
        return { allowed: false, retryAfterMs: Math.max(1000, account.msBeforeNext), scope: 'account' };
      }
      const address = await consumeQuietly(byIp, ip);
      if (address.consumedPoints > options.maxFailsPerIpPerDay) {
        await byUserIp.reward(key(username, ip), 1);
        return { allowed: false, retryAfterMs: Math.max(1000, address.msBeforeNext), scope: 'ip' };
      }
      return { allowed: true, attempt: account.consumedPoints };
    },

    /** A failed attempt: the one that reaches the limit starts a lockout, doubling with each lockout in a day. */
    async failed(username: string, ip: string, attempt: number): Promise<{ lockedOutMs: number | null }> {
      if (attempt !== options.maxConsecutiveFails) return { lockedOutMs: null };
      const count = (await consumeQuietly(lockouts, key(username, ip))).consumedPoints;
      const lockedOutMs = Math.min(options.maxLockoutMs, options.baseLockoutMs * 2 ** (count - 1));
      await byUserIp.block(key(username, ip), Math.ceil(lockedOutMs / 1000));
      return { lockedOutMs };
    },

    /** A successful attempt clears the consecutive count and does not count against the address. */
    async succeeded(username: string, ip: string): Promise<void> {
      await byUserIp.delete(key(username, ip));
      await byIp.reward(ip, 1);
    },
  };
}

/** The login guard's type. */
export type LoginGuard = ReturnType<typeof createLoginGuard>;

/** rate-limiter-flexible rejects with a result object when points run out; here that is just a count. */
async function consumeQuietly(limiter: RateLimiterAbstract, key: string) {
  try {
    return await limiter.consume(key);
  } catch (result) {
    if (result instanceof Error) throw result;
    return result as Awaited<ReturnType<RateLimiterAbstract['consume']>>;
  }
}
