import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock.js';
import { createMemoryStore } from '../src/store/state/memory-store.js';
import type { StateStore } from '../src/store/state/state-store.js';
import { createTestApp, TEST_NOW, type TestUser } from './helpers/services.js';

describe('rate limits', () => {
  const clock = createManualClock(TEST_NOW);
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let user: TestUser;
  beforeAll(async () => {
    t = await createTestApp({
      clock,
      env: {
        RATE_LIMIT_IP_PER_HOUR: '40',
        RATE_LIMIT_HEALTH_PER_MINUTE: '3',
        RATE_LIMIT_CHAT_PER_MINUTE: '2',
        RATE_LIMIT_ADMIN_PER_MINUTE: '2',
        RATE_LIMIT_PRINCIPAL_PER_MINUTE: '6',
      },
    });
    user = await t.createUser('admin');
  });
  afterAll(async () => {
    await t.close();
  });

  const health = (ip: string) => t.app.inject({ method: 'GET', url: '/health', remoteAddress: ip });

  it('counts a route class per address and reports it in X-RateLimit-* headers', async () => {
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await health('198.51.100.1'));
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 200, 429]);
    expect(answers.map((r) => r.headers['x-ratelimit-remaining'])).toEqual(['2', '1', '0', '0']);
    expect(answers[0]?.headers['x-ratelimit-limit']).toBe('3');
    expect(answers[0]?.headers['x-ratelimit-reset']).toBe('60');
    expect(answers[3]?.json()).toMatchObject({ error: 'rate_limited', status: 'error' });
    expect(answers[3]?.headers['retry-after']).toBe('60');
    const [event] = await t.services.store.securityEvents.list({ type: 'rate_limited', limit: 1 });
    expect(event).toMatchObject({ ip: '198.51.100.1', detail: { limit: 'health', route: '/health' } });
  });

  it('lets the address in again when the window ends, not a millisecond before', async () => {
    for (let i = 0; i < 3; i++) await health('198.51.100.2');
    clock.advance(59_999);
    expect((await health('198.51.100.2')).statusCode).toBe(429);
    clock.advance(1);
    expect((await health('198.51.100.2')).statusCode).toBe(200);
  });

  it.each([
    ['an IPv4-mapped IPv6 address as its IPv4 address', '::ffff:198.51.100.3', '198.51.100.3'],
    ['two addresses of one IPv6 /64 as one', '2001:db8:1:2::1', '2001:db8:1:2:ffff::9'],
  ])('counts %s', async (_name, first, second) => {
    for (let i = 0; i < 3; i++) await health(first);
    expect((await health(second)).statusCode).toBe(429);
  });

  it('keeps neighbouring /64s apart', async () => {
    for (let i = 0; i < 3; i++) await health('2001:db8:1:3::1');
    expect((await health('2001:db8:1:4::1')).statusCode).toBe(200);
  });

  it('ignores a spoofed X-Forwarded-For when no proxy is trusted', async () => {
    for (let i = 0; i < 3; i++) await health('198.51.100.4');
    const spoofed = await t.app.inject({
      method: 'GET',
      url: '/health',
      remoteAddress: '198.51.100.4',
      headers: { 'x-forwarded-for': '203.0.113.200' },
    });
    expect(spoofed.statusCode).toBe(429);
  });

  it('limits chat per user, whatever the address', async () => {
    const chat = (ip: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/chat',
        headers: user.headers,
        remoteAddress: ip,
        payload: { message: 'hi' },
      });
    expect((await chat('198.51.100.10')).statusCode).toBe(200);
    expect((await chat('198.51.100.11')).statusCode).toBe(200);
    expect((await chat('198.51.100.12')).statusCode).toBe(429);
  });

  it('limits admin actions per principal, and lets the console read', async () => {
    const other = await t.createUser('admin');
    const reads = [];
    for (let i = 0; i < 4; i++) {
      reads.push(
        (
          await t.app.inject({
            method: 'GET',
            url: '/api/admin/users',
            headers: other.headers,
            remoteAddress: '198.51.100.21',
          })
        ).statusCode,
      );
    }
    expect(reads).toEqual([200, 200, 200, 200]);
    const ban = (n: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/admin/blocks',
        headers: other.headers,
        remoteAddress: '198.51.100.20',
        payload: { ip: `203.0.113.${n}`, reason: 'test', duration_minutes: 5 },
      });
    expect([(await ban(1)).statusCode, (await ban(2)).statusCode, (await ban(3)).statusCode]).toEqual([
      201, 201, 429,
    ]);
    const [event] = await t.services.store.securityEvents.list({ type: 'rate_limited', limit: 1 });
    expect(event?.detail).toMatchObject({ limit: 'admin' });
  });

  it('caps every address per hour across all routes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 41; i++) {
      statuses.push(
        (await t.app.inject({ method: 'GET', url: '/app.js', remoteAddress: '198.51.100.30' })).statusCode,
      );
    }
    expect(statuses.slice(0, 40).every((s) => s === 200)).toBe(true);
    expect(statuses[40]).toBe(429);
  });
});

describe("a request's limits in one store call", () => {
  it('counts address, class and principal together when no authentication work is needed, else in two calls', async () => {
    const calls: string[][] = [];
    const memory = createMemoryStore();
    const recording: StateStore = {
      ...memory,
      kind: 'redis',
      hitMany(hits, nowMs) {
        calls.push(hits.map((h) => h.key.split(':').slice(0, 2).join(':')));
        return memory.hitMany(hits, nowMs);
      },
    };
    const t = await createTestApp({ state: recording });
    try {
      const user = await t.createUser('user');
      const ask = async (url: string, headers: Record<string, string> = {}) => {
        calls.length = 0;
        const response = await t.app.inject({ method: 'GET', url, headers });
        expect(response.statusCode).toBe(200);
        return calls.slice();
      };
      // Anonymous: the address and the health class, at once.
      expect(await ask('/api/health')).toEqual([['rl:ip', 'rl:health']]);
      // A key not verified yet: the address first, the key's own limit only after verification.
      expect(await ask('/api/auth/me', user.headers)).toEqual([['rl:ip'], ['rl:principal']]);
      // The same key within a second is known without work: one call.
      expect(await ask('/api/auth/me', user.headers)).toEqual([['rl:ip', 'rl:principal']]);
      // A session cookie needs the database to be known: two calls again.
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: user.username, password: user.password },
      });
      const cookie = String(login.headers['set-cookie']).split(';')[0] as string;
      expect(await ask('/api/auth/me', { cookie })).toEqual([['rl:ip'], ['rl:principal']]);
    } finally {
      await t.close();
    }
  });
});
