import { Redis } from 'ioredis';
import type { StateStore, WindowCount } from './state-store.js';

const PREFIX = 'rampart:';

// One round trip each; the caller's clock is passed in so every instance (and tests) agree on time.
const HIT = `
local count = redis.call('INCR', KEYS[1])
local reset = tonumber(redis.call('GET', KEYS[2]) or '0')
local now = tonumber(ARGV[1])
if count == 1 or reset <= now then
  count = 1
  reset = now + tonumber(ARGV[2])
  redis.call('SET', KEYS[1], 1, 'PX', ARGV[2])
  redis.call('SET', KEYS[2], reset, 'PX', ARGV[2])
end
return {count, reset}`;

const ADD_SCORE = `
local points = tonumber(redis.call('HGET', KEYS[1], 'p') or '0')
local at = tonumber(redis.call('HGET', KEYS[1], 'a') or ARGV[2])
local now = tonumber(ARGV[2])
local half = tonumber(ARGV[3])
if now > at then points = points * math.pow(2, -(now - at) / half) end
points = points + tonumber(ARGV[1])
redis.call('HSET', KEYS[1], 'p', tostring(points), 'a', ARGV[2])
redis.call('PEXPIRE', KEYS[1], half * 20)
return tostring(points)`;

/** The Lua scripts above, as commands of the client. */
interface Scripts {
  rampartHit(countKey: string, resetKey: string, nowMs: number, windowMs: number): Promise<[number, number]>;
  rampartAddScore(key: string, points: number, nowMs: number, halfLifeMs: number): Promise<string>;
}

/** Options for the Redis store. */
export interface RedisStoreOptions {
  readonly url: string;
  /** Give up on a command after this long, so a dead Redis fails fast. @default 500 */
  readonly commandTimeoutMs: number;
}

/** The Redis state store: counters and scores shared by every instance, bans propagated by pub/sub. */
export async function createRedisStore(options: RedisStoreOptions): Promise<StateStore> {
  const common = {
    lazyConnect: true,
    commandTimeout: options.commandTimeoutMs,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    // Commands issued in the same tick by concurrent requests travel in one round trip.
    enableAutoPipelining: true,
  };
  const client = new Redis(options.url, common) as Redis & Scripts;
  // Defined commands run by EVALSHA: the script's text crosses the wire once, not on every hit.
  client.defineCommand('rampartHit', { numberOfKeys: 2, lua: HIT });
  client.defineCommand('rampartAddScore', { numberOfKeys: 1, lua: ADD_SCORE });
  const subscriber = new Redis(options.url, { ...common, enableOfflineQueue: true });
  // Errors surface on each command; without listeners ioredis would also print them unhandled.
  client.on('error', () => {});
  subscriber.on('error', () => {});
  await client.connect();
  await subscriber.connect();
  const listeners = new Map<string, ((message: string) => void)[]>();
  subscriber.on('message', (channel: string, message: string) => {
    for (const listener of listeners.get(channel) ?? []) listener(message);
  });

  return {
    kind: 'redis',
    async hit(key, windowMs, nowMs): Promise<WindowCount> {
      const [count, reset] = await client.rampartHit(
        `${PREFIX}w:${key}`,
        `${PREFIX}wr:${key}`,
        nowMs,
        windowMs,
      );
      return { count: Number(count), resetAtMs: Number(reset) };
    },
    async addScore(key, points, halfLifeMs, nowMs) {
      return Number(await client.rampartAddScore(`${PREFIX}s:${key}`, points, nowMs, halfLifeMs));
    },
    async getScore(key, halfLifeMs, nowMs) {
      const [points, at] = await client.hmget(`${PREFIX}s:${key}`, 'p', 'a');
      if (points === null || at === null) return 0;
      const elapsed = nowMs - Number(at);
      return elapsed > 0 ? Number(points) * 2 ** (-elapsed / halfLifeMs) : Number(points);
    },
    async publish(channel, message) {
      await client.publish(`${PREFIX}${channel}`, message);
    },
    async subscribe(channel, listener) {
      const full = `${PREFIX}${channel}`;
      if (!listeners.has(full)) {
        listeners.set(full, []);
        await subscriber.subscribe(full);
      }
      listeners.get(full)?.push(listener);
    },
    async close() {
      client.disconnect();
      subscriber.disconnect();
    },
  };
}
