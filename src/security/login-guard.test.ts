import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLoginGuard, type LoginGuardOptions } from './login-guard.js';

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

async function fail(guard: ReturnType<typeof createLoginGuard>, times: number, user = USER, ip = IP) {
  const results: (number | null)[] = [];
  for (let i = 0; i < times; i++) results.push((await guard.recordFailure(user, ip)).lockedOutMs);
  return results;
}

describe('account lockout', () => {
  it('allows attempts until the limit of consecutive failures is reached', async () => {
    const guard = createLoginGuard(OPTIONS);
    expect(await guard.check(USER, IP)).toEqual({ allowed: true });
    for (let i = 1; i < OPTIONS.maxConsecutiveFails; i++) {
      expect((await guard.recordFailure(USER, IP)).lockedOutMs).toBeNull();
      expect(await guard.check(USER, IP), `after ${i} failures`).toEqual({ allowed: true });
    }
  });

  it('reports a base lockout for the failure that reaches the limit', async () => {
    const guard = createLoginGuard(OPTIONS);
    expect(await fail(guard, OPTIONS.maxConsecutiveFails)).toEqual([null, null, OPTIONS.baseLockoutMs]);
  });

  it('refuses the account from that IP for the lockout', async () => {
    const guard = createLoginGuard(OPTIONS);
    await fail(guard, OPTIONS.maxConsecutiveFails);
    expect(await guard.check(USER, IP)).toEqual({
      allowed: false,
      retryAfterMs: OPTIONS.baseLockoutMs,
      scope: 'account',
    });
  });

  it('counts down the retry time as the lockout passes', async () => {
    const guard = createLoginGuard(OPTIONS);
    await fail(guard, OPTIONS.maxConsecutiveFails);
    vi.advanceTimersByTime(20_000);
    expect(await guard.check(USER, IP)).toMatchObject({ allowed: false, retryAfterMs: 40_000 });
  });

  it('still refuses 1 ms before the lockout ends', async () => {
    const guard = createLoginGuard(OPTIONS);
    await fail(guard, OPTIONS.maxConsecutiveFails);
    vi.advanceTimersByTime(OPTIONS.baseLockoutMs - 1);
    expect(await guard.check(USER, IP)).toMatchObject({ allowed: false, scope: 'account' });
  });

  it('allows attempts again once the lockout has passed', async () => {
    const guard = createLoginGuard(OPTIONS);
    await fail(guard, OPTIONS.maxConsecutiveFails);
    vi.advanceTimersByTime(OPTIONS.baseLockoutMs);
    expect(await guard.check(USER, IP)).toEqual({ allowed: true });
  });

  it('restarts the consecutive count after a lockout has passed', async () => {
    const guard = createLoginGuard(OPTIONS);
    await fail(guard, OPTIONS.maxConsecutiveFails);
    vi.advanceTimersByTime(OPTIONS.baseLockoutMs);
    expect(await fail(guard, OPTIONS.maxConsecutiveFails - 1)).toEqual([null, null]);
    expect(await guard.check(USER, IP)).toEqual({ allowed: true });
  });

  it('doubles each further lockout and caps it at the longest lockout', async () => {
    const guard = createLoginGuard(OPTIONS);
    const lockouts: (number | null)[] = [];
    for (let round = 0; round < 5; round++) {
      const last = (await fail(guard, OPTIONS.maxConsecutiveFails)).at(-1) ?? null;
      lockouts.push(last);
      expect(await guard.check(USER, IP)).toMatchObject({
        allowed: false,
        retryAfterMs: last,
        scope: 'account',
      });
      vi.advanceTimersByTime(last ?? 0);
      expect(await guard.check(USER, IP), `after lockout ${round + 1}`).toEqual({ allowed: true });
    }
    expect(lockouts).toEqual([60_000, 120_000, 240_000, 300_000, 300_000]);
  });

  it('keeps a doubled lockout in force 1 ms before it ends', async () => {
    const guard = createLoginGuard(OPTIONS);
    await fail(guard, OPTIONS.maxConsecutiveFails);
    vi.advanceTimersByTime(OPTIONS.baseLockoutMs);
    await fail(guard, OPTIONS.maxConsecutiveFails);
    vi.advanceTimersByTime(2 * OPTIONS.baseLockoutMs - 1);
    expect(await guard.check(USER, IP)).toMatchObject({ allowed: false, scope: 'account' });
    vi.advanceTimersByTime(1);
    expect(await guard.check(USER, IP)).toEqual({ allowed: true });
  });

  it('resets the consecutive count after a success', async () => {
    const guard = createLoginGuard(OPTIONS);
    expect(await fail(guard, OPTIONS.maxConsecutiveFails - 1)).toEqual([null, null]);
    await guard.recordSuccess(USER, IP);
    expect(await fail(guard, OPTIONS.maxConsecutiveFails - 1)).toEqual([null, null]);
    expect(await guard.check(USER, IP)).toEqual({ allowed: true });
    expect(await fail(guard, 1)).toEqual([OPTIONS.baseLockoutMs]);
  });

  it('does not lock the same username out from another IP', async () => {
    const guard = createLoginGuard(OPTIONS);
    await fail(guard, OPTIONS.maxConsecutiveFails);
    expect(await guard.check(USER, '198.51.100.7')).toEqual({ allowed: true });
  });

  it('does not lock another username out from the same IP', async () => {
    const guard = createLoginGuard(OPTIONS);
    await fail(guard, OPTIONS.maxConsecutiveFails);
    expect(await guard.check('bob', IP)).toEqual({ allowed: true });
  });

  it('keeps separate guards independent', async () => {
    const first = createLoginGuard(OPTIONS);
    const second = createLoginGuard(OPTIONS);
    await fail(first, OPTIONS.maxConsecutiveFails);
    expect(await second.check(USER, IP)).toEqual({ allowed: true });
  });
});

describe('long lockouts', () => {
  // BUG (documented, not fixed here): options accept any positive integer, but login-guard.ts
  // recordFailure() calls byUserIp.block(key, Math.ceil(lockedOutMs / 1000)) and RateLimiterMemory
  // ends a block with setTimeout(seconds * 1000). Node clamps delays above 2^31 - 1 ms (~24.8 days)
  // to 1 ms (TimeoutOverflowWarning), so a 30-day lockout is lifted after 1 ms.
  it('refuses at construction a lockout too long for a timer', () => {
    const days30 = 30 * 24 * 60 * 60 * 1000;
    expect(() => createLoginGuard({ ...OPTIONS, baseLockoutMs: days30, maxLockoutMs: days30 })).toThrow(
      /maxLockoutMs/,
    );
  });

  it('refuses a base lockout longer than the maximum', () => {
    expect(() => createLoginGuard({ ...OPTIONS, baseLockoutMs: 120_000, maxLockoutMs: 60_000 })).toThrow(
      /baseLockoutMs/,
    );
  });
});

describe('per-IP cap', () => {
  const IP_OPTIONS: LoginGuardOptions = { ...OPTIONS, maxFailsPerIpPerDay: 10 };

  /** One failure each for `count` different usernames, so no account lockout is reached. */
  async function sweep(guard: ReturnType<typeof createLoginGuard>, count: number) {
    for (let i = 0; i < count; i++) await guard.recordFailure(`user${i}`, IP);
  }

  it('allows a fresh username from an IP 1 failure short of the daily cap', async () => {
    const guard = createLoginGuard(IP_OPTIONS);
    await sweep(guard, IP_OPTIONS.maxFailsPerIpPerDay - 1);
    expect(await guard.check('fresh', IP)).toEqual({ allowed: true });
  });

  // BUG (documented, not fixed here): login-guard.ts check() compares `address.consumedPoints >
  // maxFailsPerIpPerDay`, but the per-IP limiter is never blocked, so its count only exceeds the cap
  // after cap + 1 failures; the IP gets one extra attempt. (The account path blocks, setting the count
  // to points + 1, so it locks at exactly maxConsecutiveFails.)
  it('refuses every username from an IP that reached the daily cap of failures across usernames', async () => {
    const guard = createLoginGuard(IP_OPTIONS);
    await sweep(guard, IP_OPTIONS.maxFailsPerIpPerDay);
    expect(await guard.check('fresh', IP)).toMatchObject({ allowed: false, scope: 'ip' });
  });

  it('refuses an IP past the daily cap for the rest of the day', async () => {
    const guard = createLoginGuard(IP_OPTIONS);
    await sweep(guard, IP_OPTIONS.maxFailsPerIpPerDay + 1);
    const gate = await guard.check('fresh', IP);
    expect(gate).toEqual({ allowed: false, retryAfterMs: 24 * 60 * 60 * 1000, scope: 'ip' });
  });

  it('allows other IPs while one IP is capped', async () => {
    const guard = createLoginGuard(IP_OPTIONS);
    await sweep(guard, IP_OPTIONS.maxFailsPerIpPerDay + 1);
    expect(await guard.check('fresh', '198.51.100.7')).toEqual({ allowed: true });
  });

  it('allows the IP again after the day has passed', async () => {
    const guard = createLoginGuard(IP_OPTIONS);
    await sweep(guard, IP_OPTIONS.maxFailsPerIpPerDay + 1);
    vi.advanceTimersByTime(24 * 60 * 60 * 1000);
    expect(await guard.check('fresh', IP)).toEqual({ allowed: true });
  });

  it('does not lift the IP cap after a successful login', async () => {
    const guard = createLoginGuard(IP_OPTIONS);
    await sweep(guard, IP_OPTIONS.maxFailsPerIpPerDay + 1);
    await guard.recordSuccess('user0', IP);
    expect(await guard.check('user0', IP)).toMatchObject({ allowed: false, scope: 'ip' });
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
    expect(await guard.check(USER, IP)).toEqual({ allowed: true });
    expect(await fail(guard, 5)).toEqual([null, null, null, null, 60_000]);
    expect(await guard.check(USER, IP)).toMatchObject({ allowed: false, scope: 'account' });
  });
});
