import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../src/store/state/memory-store.js';
import { createRedisStore } from '../src/store/state/redis-store.js';
import type { StateStore } from '../src/store/state/state-store.js';
import { TEST_REDIS_URL } from './helpers/database.js';

const makers: Record<string, () => Promise<StateStore>> = {
  memory: async () => createMemoryStore(),
  redis: () => createRedisStore({ url: TEST_REDIS_URL, commandTimeoutMs: 1000 }),
};

describe.each(Object.keys(makers))('state store contract: %s', (kind) => {
  let store: StateStore;
  const run = randomUUID();
  const key = (name: string) => `${run}:${name}`;
  beforeAll(async () => {
    store = await (makers[kind] as () => Promise<StateStore>)();
  });
  afterAll(async () => {
    await store.close();
  });

  it('counts hits in a window and starts a new window at its end, not before', async () => {
    const t0 = 1_000_000;
    expect(await store.hit(key('a'), 60_000, t0)).toEqual({ count: 1, resetAtMs: t0 + 60_000 });
    expect(await store.hit(key('a'), 60_000, t0 + 59_999)).toEqual({ count: 2, resetAtMs: t0 + 60_000 });
    expect(await store.hit(key('a'), 60_000, t0 + 60_000)).toEqual({ count: 1, resetAtMs: t0 + 120_000 });
  });

  it('keeps keys apart', async () => {
    await store.hit(key('b'), 1000, 5);
    expect((await store.hit(key('c'), 1000, 5)).count).toBe(1);
  });

  it('decays scores by half every half-life and adds to the decayed value', async () => {
    expect(await store.addScore(key('s'), 8, 1000, 0)).toBeCloseTo(8);
    expect(await store.getScore(key('s'), 1000, 1000)).toBeCloseTo(4);
    expect(await store.addScore(key('s'), 1, 1000, 2000)).toBeCloseTo(3);
    expect(await store.getScore(key('unknown'), 1000, 0)).toBe(0);
  });

  it('delivers published messages to subscribers', async () => {
    const received = new Promise<string>((resolve) => {
      void store.subscribe(`${run}:bans`, resolve);
    });
    await new Promise((r) => setTimeout(r, 50));
    await store.publish(`${run}:bans`, 'changed');
    expect(await received).toBe('changed');
  });
});

describe('memory store bounds', () => {
  it('holds at most maxKeys counters under a flood of distinct keys, oldest evicted first', async () => {
    const store = createMemoryStore({ maxKeys: 1000 });
    for (let i = 0; i < 50_000; i++) await store.hit(`ip-${i}`, 60_000, 0);
    expect((await store.hit('ip-49999', 60_000, 1)).count).toBe(2);
    expect((await store.hit('ip-0', 60_000, 1)).count).toBe(1);
    await store.close();
  });

  it('refuses a non-positive bound at construction', () => {
    expect(() => createMemoryStore({ maxKeys: 0 })).toThrow(/maxKeys/);
  });
});

describe('two instances sharing Redis', () => {
  it('share counters and see each other’s messages', async () => {
    const [a, b] = await Promise.all([makers.redis?.(), makers.redis?.()]);
    if (!a || !b) throw new Error('redis store missing');
    try {
      const k = `${randomUUID()}:shared`;
      await a.hit(k, 60_000, 10);
      expect((await b.hit(k, 60_000, 20)).count).toBe(2);
      const heard = new Promise<string>((resolve) => {
        void b.subscribe(`${k}:chan`, resolve);
      });
      await new Promise((r) => setTimeout(r, 50));
      await a.publish(`${k}:chan`, 'ban 203.0.113.9');
      expect(await heard).toBe('ban 203.0.113.9');
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('fails fast when Redis cannot be reached', async () => {
    await expect(createRedisStore({ url: 'redis://127.0.0.1:1', commandTimeoutMs: 200 })).rejects.toThrow();
  });
});
