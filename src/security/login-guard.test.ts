import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLoginGuard, type LoginGuard, type LoginGuardOptions } from './login-guard.js';

// The guard has no injectable clock: rate-limiter-flexible's RateLimiterMemory reads Date.now() for
// msBeforeNext and forgets keys (ends blocks) from setTimeout callbacks. So time moves here with
// vitest's fake timers, which fake both Date and setTimeout; nothing sleeps.
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-25T10:00:00.000Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

const OPTIONS: LoginGuardOptions = {
  maxConsecutiveFails: 3,
  baseLockoutMs: 60_000,
  maxLockoutMs: 300_000,
  maxFailsPerIpPerDay: 1_000,
};
const USER = 'alice';
const IP = '192.0.2.1';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Begins an attempt that must be allowed and returns its number. */
async function allowedAttempt(guard: LoginGuard, user = USER, ip = IP): Promise<number> {
  const gate = await guard.begin(user, ip);
  if (!gate.allowed)
    throw new Error(`expected ${user} from ${ip} to be allowed, got ${JSON.stringify(gate)}`);
  return gate.attempt;
}

/** `times` allowed attempts that each fail; returns each failure's lockedOutMs. */
async function fail(guard: LoginGuard, times: number, user = USER, ip = IP) {
  const results: (number | null)[] = [];
  for (let i = 0; i < times; i++) {
    const attempt = await allowedAttempt(guard, user, ip);
    results.push((await guard.failed(user, ip, attempt)).lockedOutMs);
  }
  return results;
}

/** An allowed attempt that succeeds. */
async function succeed(guard: LoginGuard, user = USER, ip = IP) {
  await allowedAttempt(guard, user, ip);
  await guard.succeeded(user, ip);
}

describe('account lockout', () => {
  it('allows attempts until the limit of consecutive failures is reached', async () => {
    const guard = createLoginGuard(OPTIONS);
    for (let i = 1; i < OPTIONS.maxConsecutiveFails; i++) {
      expect(await guard.begin(USER, IP), `attempt ${i}`).toEqual({ allowed: true, attempt: i });
      expect((await guard.failed(USER, IP, i)).lockedOutMs).toBeNull();
    }
    expect(await guard.begin(USER, IP)).toEqual({ allowed: true, attempt: OPTIONS.maxConsecutiveFails });
  });

  it('reports a base lockout for the failed attempt that reaches the limit', async () => {
    const guard = createLoginGuard(OPTIONS);
    expect(await fail(guard, OPTIONS.maxConsecutiveFails)).toEqual([null, null, OPTIONS.baseLockoutMs]);
  });

  it('does not lock out when the attempt that reaches the limit succeeds', async () => {
    const guard = createLoginGuard(OPTIONS);
    await fail(guard, OPTIONS.maxConsecutiveFails - 1);
    expect(await allowedAttempt(guard)).toBe(OPTIONS.maxConsecutiveFails);
    await guard.succeeded(USER, IP);
    expect(await guard.begin(USER, IP)).toEqual({ allowed: true, attempt: 1 });
  });

  it('refuses the account from that IP for the lockout', async () => {
    const guard = createLoginGuard(OPTIONS);
    await fail(guard, OPTIONS.maxConsecutiveFails);
    expect(await guard.begin(USER, IP)).toEqual({
      allowed: false,
      retryAfterMs: OPTIONS.baseLockoutMs,
      scope: 'account',
    });
  });

  it('counts down the retry time as the lockout passes', async () => {
    const guard = createLoginGuard(OPTIONS);
    await fail(guard, OPTIONS.maxConsecutiveFails);
    vi.advanceTimersByTime(20_000);
    expect(await guard.begin(USER, IP)).toMatchObject({ allowed: false, retryAfterMs: 40_000 });
  });

  it('still refuses 1 ms before the lockout ends', async () => {
    const guard = createLoginGuard(OPTIONS);
    await fail(guard, OPTIONS.maxConsecutiveFails);
    vi.advanceTimersByTime(OPTIONS.baseLockoutMs - 1);
    expect(await guard.begin(USER, IP)).toMatchObject({ allowed: false, scope: 'account' });
  });

  it('allows attempts again once the lockout has passed', async () => {
    const guard = createLoginGuard(OPTIONS);
    await fail(guard, OPTIONS.maxConsecutiveFails);
    vi.advanceTimersByTime(OPTIONS.baseLockoutMs);
    expect(await guard.begin(USER, IP)).toEqual({ allowed: true, attempt: 1 });
  });

  it('restarts the consecutive count after a lockout has passed', async () => {
    const guard = createLoginGuard(OPTIONS);
    await fail(guard, OPTIONS.maxConsecutiveFails);
    vi.advanceTimersByTime(OPTIONS.baseLockoutMs);
    expect(await fail(guard, OPTIONS.maxConsecutiveFails - 1)).toEqual([null, null]);
    expect(await guard.begin(USER, IP)).toEqual({ allowed: true, attempt: OPTIONS.maxConsecutiveFails });
  });

  it('doubles each further lockout and caps it at the longest lockout', async () => {
    const guard = createLoginGuard(OPTIONS);
    const lockouts: (number | null)[] = [];
    for (let round = 0; round < 5; round++) {
      // `fail` throws if an attempt is refused, so each round also shows the previous lockout has ended.
      const results = await fail(guard, OPTIONS.maxConsecutiveFails);
      expect(results.slice(0, -1), `round ${round + 1}`).toEqual([null, null]);
      const last = results.at(-1) ?? null;
      lockouts.push(last);
      expect(await guard.begin(USER, IP)).toEqual({ allowed: false, retryAfterMs: last, scope: 'account' });
      vi.advanceTimersByTime(last ?? 0);
    }
    expect(lockouts).toEqual([60_000, 120_000, 240_000, 300_000, 300_000]);
    expect(await guard.begin(USER, IP)).toEqual({ allowed: true, attempt: 1 });
  });

  it('keeps a doubled lockout in force 1 ms before it ends', async () => {
    const guard = createLoginGuard(OPTIONS);
    await fail(guard, OPTIONS.maxConsecutiveFails);
    vi.advanceTimersByTime(OPTIONS.baseLockoutMs);
    expect((await fail(guard, OPTIONS.maxConsecutiveFails)).at(-1)).toBe(2 * OPTIONS.baseLockoutMs);
    vi.advanceTimersByTime(2 * OPTIONS.baseLockoutMs - 1);
    expect(await guard.begin(USER, IP)).toMatchObject({ allowed: false, scope: 'account' });
    vi.advanceTimersByTime(1);
    expect(await guard.begin(USER, IP)).toEqual({ allowed: true, attempt: 1 });
  });

  it('resets the consecutive count after a success', async () => {
    const guard = createLoginGuard(OPTIONS);
    expect(await fail(guard, OPTIONS.maxConsecutiveFails - 1)).toEqual([null, null]);
    await succeed(guard);
    expect(await fail(guard, OPTIONS.maxConsecutiveFails - 1)).toEqual([null, null]);
    expect(await fail(guard, 1)).toEqual([OPTIONS.baseLockoutMs]);
  });

  it('does not lock the same username out from another IP', async () => {
    const guard = createLoginGuard(OPTIONS);
    await fail(guard, OPTIONS.maxConsecutiveFails);
    expect(await guard.begin(USER, '198.51.100.7')).toEqual({ allowed: true, attempt: 1 });
  });

  it('does not lock another username out from the same IP', async () => {
    const guard = createLoginGuard(OPTIONS);
    await fail(guard, OPTIONS.maxConsecutiveFails);
    expect(await guard.begin('bob', IP)).toEqual({ allowed: true, attempt: 1 });
  });

  it('keeps separate guards independent', async () => {
    const first = createLoginGuard(OPTIONS);
    const second = createLoginGuard(OPTIONS);
    await fail(first, OPTIONS.maxConsecutiveFails);
    expect(await second.begin(USER, IP)).toEqual({ allowed: true, attempt: 1 });
  });
});

describe('concurrent attempts', () => {
  // The race the counting `begin` closes: with a read-only check, every guess started while argon2 was
  // still verifying the earlier ones saw the same count and was let through.
  it('allows only the limit of concurrent attempts and starts exactly one lockout', async () => {
    const guard = createLoginGuard(OPTIONS);
    const max = OPTIONS.maxConsecutiveFails;
    const gates = await Promise.all(Array.from({ length: max + 5 }, () => guard.begin(USER, IP)));

    const attempts = gates.flatMap((gate) => (gate.allowed ? [gate.attempt] : []));
    expect(attempts.toSorted((a, b) => a - b)).toEqual(Array.from({ length: max }, (_, i) => i + 1));
    const refused = gates.filter((gate) => !gate.allowed);
    expect(refused).toHaveLength(5);
    for (const gate of refused) expect(gate).toMatchObject({ allowed: false, scope: 'account' });

    const results = await Promise.all(attempts.map((attempt) => guard.failed(USER, IP, attempt)));
    const lockouts = results.flatMap(({ lockedOutMs }, i) =>
      lockedOutMs === null ? [] : [{ attempt: attempts[i], lockedOutMs }],
    );
    expect(lockouts).toEqual([{ attempt: max, lockedOutMs: OPTIONS.baseLockoutMs }]);
    expect(await guard.begin(USER, IP)).toEqual({
      allowed: false,
      retryAfterMs: OPTIONS.baseLockoutMs,
      scope: 'account',
    });
  });
});

describe('long lockouts', () => {
  // rate-limiter-flexible's RateLimiterMemory ends a block with setTimeout(seconds * 1000), and Node
  // clamps delays above 2^31 - 1 ms (~24.8 days) to 1 ms (TimeoutOverflowWarning): a 30-day lockout would
  // be lifted after 1 ms, so the guard refuses such options at construction.
  it('refuses at construction a lockout too long for a timer', () => {
    const days30 = 30 * DAY_MS;
    expect(() => createLoginGuard({ ...OPTIONS, baseLockoutMs: days30, maxLockoutMs: days30 })).toThrow(
      /maxLockoutMs/,
    );
  });

  it('refuses a longest lockout 1 ms above the timer limit', () => {
    expect(() => createLoginGuard({ ...OPTIONS, maxLockoutMs: 2 ** 31 })).toThrow(/maxLockoutMs/);
  });

  it('refuses a base lockout longer than the maximum', () => {
    expect(() => createLoginGuard({ ...OPTIONS, baseLockoutMs: 120_000, maxLockoutMs: 60_000 })).toThrow(
      /baseLockoutMs/,
    );
  });
});

describe('per-IP cap', () => {
  const IP_OPTIONS: LoginGuardOptions = { ...OPTIONS, maxFailsPerIpPerDay: 10 };

  /** One failed attempt each for `count` different usernames, so no account lockout is reached. */
  async function sweep(guard: LoginGuard, count: number) {
    for (let i = 0; i < count; i++) {
      expect(await fail(guard, 1, `user${i}`), `user${i}`).toEqual([null]);
    }
  }

  it('allows a fresh username from an IP 1 attempt short of the daily cap', async () => {
    const guard = createLoginGuard(IP_OPTIONS);
    await sweep(guard, IP_OPTIONS.maxFailsPerIpPerDay - 1);
    expect(await guard.begin('fresh', IP)).toEqual({ allowed: true, attempt: 1 });
  });

  it('refuses every username from an IP that reached the daily cap of attempts across usernames', async () => {
    const guard = createLoginGuard(IP_OPTIONS);
    await sweep(guard, IP_OPTIONS.maxFailsPerIpPerDay);
    expect(await guard.begin('fresh', IP)).toEqual({ allowed: false, retryAfterMs: DAY_MS, scope: 'ip' });
    expect(await guard.begin('user0', IP)).toMatchObject({ allowed: false, scope: 'ip' });
  });

  it('allows other IPs while one IP is capped', async () => {
    const guard = createLoginGuard(IP_OPTIONS);
    await sweep(guard, IP_OPTIONS.maxFailsPerIpPerDay);
    expect(await guard.begin('fresh', '198.51.100.7')).toEqual({ allowed: true, attempt: 1 });
  });

  it('still refuses the IP 1 ms before the day has passed', async () => {
    const guard = createLoginGuard(IP_OPTIONS);
    await sweep(guard, IP_OPTIONS.maxFailsPerIpPerDay);
    vi.advanceTimersByTime(DAY_MS - 1);
    expect(await guard.begin('fresh', IP)).toMatchObject({ allowed: false, scope: 'ip' });
  });

  it('allows the IP again after the day has passed', async () => {
    const guard = createLoginGuard(IP_OPTIONS);
    await sweep(guard, IP_OPTIONS.maxFailsPerIpPerDay);
    vi.advanceTimersByTime(DAY_MS);
    expect(await guard.begin('fresh', IP)).toEqual({ allowed: true, attempt: 1 });
  });

  it('does not count successful logins against the IP', async () => {
    const guard = createLoginGuard(IP_OPTIONS);
    for (let i = 0; i < 2 * IP_OPTIONS.maxFailsPerIpPerDay; i++) await succeed(guard, `member${i}`);
    await sweep(guard, IP_OPTIONS.maxFailsPerIpPerDay - 1);
    expect(await guard.begin('fresh', IP)).toEqual({ allowed: true, attempt: 1 });
    expect(await guard.begin('fresh', IP)).toMatchObject({ allowed: false, scope: 'ip' });
  });

  it('does not lift the IP cap after a successful login', async () => {
    const guard = createLoginGuard(IP_OPTIONS);
    await sweep(guard, IP_OPTIONS.maxFailsPerIpPerDay - 1);
    // The last attempt within the cap is still verifying when the next one is refused, then succeeds.
    await allowedAttempt(guard, 'user0');
    expect(await guard.begin('fresh', IP)).toMatchObject({ allowed: false, scope: 'ip' });
    await guard.succeeded('user0', IP);
    expect(await guard.begin('user0', IP)).toMatchObject({ allowed: false, scope: 'ip' });
  });
});

describe('options', () => {
  it.each<[string, Partial<LoginGuardOptions>]>([
    ['zero consecutive failures', { maxConsecutiveFails: 0 }],
    ['negative consecutive failures', { maxConsecutiveFails: -1 }],
    ['fractional consecutive failures', { maxConsecutiveFails: 2.5 }],
    ['a zero base lockout', { baseLockoutMs: 0 }],
    ['a negative base lockout', { baseLockoutMs: -60_000 }],
    ['a NaN base lockout', { baseLockoutMs: Number.NaN }],
    ['a zero longest lockout', { maxLockoutMs: 0 }],
    ['an infinite longest lockout', { maxLockoutMs: Number.POSITIVE_INFINITY }],
    ['a zero per-IP cap', { maxFailsPerIpPerDay: 0 }],
    ['a fractional per-IP cap', { maxFailsPerIpPerDay: 0.5 }],
  ])('refuses %s', (_label, change) => {
    expect(() => createLoginGuard({ ...OPTIONS, ...change })).toThrow(/Login guard option/);
  });

  it('works with the defaults', async () => {
    const guard = createLoginGuard();
    expect(await guard.begin(USER, IP)).toEqual({ allowed: true, attempt: 1 });
    expect((await guard.failed(USER, IP, 1)).lockedOutMs).toBeNull();
    expect(await fail(guard, 4)).toEqual([null, null, null, 60_000]);
    expect(await guard.begin(USER, IP)).toMatchObject({ allowed: false, scope: 'account' });
  });
});
