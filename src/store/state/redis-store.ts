import { Redis } from 'ioredis';
import type { StateStore, WindowCount, WindowHit } from './state-store.js';

const PREFIX = 'rampart:';

// One round trip for any number of counters (KEYS: count and reset key per counter; ARGV: now, then
// each counter's window). The caller's clock is passed in so every instance (and tests) agree on time.
// All keys of a call must live on one node: fine for one Redis, not for Redis Cluster.
const HIT_MANY = `
local now = tonumber(ARGV[1])
local out = {}
for i = 1, #KEYS, 2 do
  local window = tonumber(ARGV[(i + 1) / 2 + 1])
  local count = redis.call('INCR', KEYS[i])
  local reset = tonumber(redis.call('GET', KEYS[i + 1]) or '0')
  if count == 1 or reset <= now then
    count = 1
    reset = now + window
    redis.call('SET', KEYS[i], 1, 'PX', window)
    redis.call('SET', KEYS[i + 1], reset, 'PX', window)
  end
  out[#out + 1] = count
  out[#out + 1] = reset
end
return out`;

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
  rampartHitMany(keyCount: number, ...keysThenArgs: (string | number)[]): Promise<number[]>;
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
  client.defineCommand('rampartHitMany', { lua: HIT_MANY });
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

  async function hitMany(hits: readonly WindowHit[], nowMs: number): Promise<WindowCount[]> {
    const keys = hits.flatMap((h) => [`${PREFIX}w:${h.key}`, `${PREFIX}wr:${h.key}`]);
    const flat = await client.rampartHitMany(keys.length, ...keys, nowMs, ...hits.map((h) => h.windowMs));
    return hits.map((_, i) => ({ count: Number(flat[2 * i]), resetAtMs: Number(flat[2 * i + 1]) }));
  }

  return {
    kind: 'redis',
    async hit(key, windowMs, nowMs): Promise<WindowCount> {
      const [count] = await hitMany([{ key, windowMs }], nowMs);
      return count as WindowCount;
    },
    hitMany,
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
