import { EventEmitter } from 'node:events';
import { decay, type StateStore, type WindowCount } from './state-store.js';

/** Memory store options. */
export interface MemoryStoreOptions {
  /**
   * Most keys held per kind (counters, scores). Beyond it the oldest entries go first, so millions of
   * distinct keys (say, an IPv6 sweep) cost bounded memory. @default 100000
   */
  readonly maxKeys: number;
}

/** Defaults. */
export const DEFAULT_MEMORY_STORE_OPTIONS: MemoryStoreOptions = Object.freeze({ maxKeys: 100_000 });

/** The in-process state store: bounded maps, no timers. */
export function createMemoryStore(options: MemoryStoreOptions = DEFAULT_MEMORY_STORE_OPTIONS): StateStore {
  if (!Number.isInteger(options.maxKeys) || options.maxKeys < 1)
    throw new Error('Memory store option maxKeys must be a positive integer');
  const windows = new Map<string, { count: number; resetAtMs: number }>();
  const scores = new Map<string, { points: number; atMs: number }>();
  const bus = new EventEmitter();
  bus.setMaxListeners(0);

  /** Map keeps insertion order, so the first keys are the oldest; expired ones go first. */
  function makeRoom<V>(map: Map<string, V>, isStale: (value: V) => boolean): void {
    if (map.size < options.maxKeys) return;
    for (const [key, value] of map) {
      if (isStale(value)) map.delete(key);
    }
    const excess = map.size - options.maxKeys + 1;
    if (excess <= 0) return;
    let removed = 0;
    for (const key of map.keys()) {
      if (removed++ >= excess) break;
      map.delete(key);
    }
  }

  function hit(key: string, windowMs: number, nowMs: number): WindowCount {
    const current = windows.get(key);
    if (current && current.resetAtMs > nowMs) {
      current.count += 1;
      return { count: current.count, resetAtMs: current.resetAtMs };
    }
    windows.delete(key);
    makeRoom(windows, (w) => w.resetAtMs <= nowMs);
    const fresh = { count: 1, resetAtMs: nowMs + windowMs };
    windows.set(key, fresh);
    return { ...fresh };
  }

  return {
    kind: 'memory',
    hit,
    hitMany: (hits, nowMs) => hits.map((h) => hit(h.key, h.windowMs, nowMs)),
    async addScore(key, points, halfLifeMs, nowMs) {
      const current = scores.get(key);
      const total = (current ? decay(current.points, nowMs - current.atMs, halfLifeMs) : 0) + points;
      scores.delete(key);
      makeRoom(scores, (s) => decay(s.points, nowMs - s.atMs, halfLifeMs) < 0.01);
      scores.set(key, { points: total, atMs: nowMs });
      return total;
    },
    async getScore(key, halfLifeMs, nowMs) {
      const current = scores.get(key);
      return current ? decay(current.points, nowMs - current.atMs, halfLifeMs) : 0;
    },
    async publish(channel, message) {
      bus.emit(channel, message);
    },
    async subscribe(channel, listener) {
      bus.on(channel, listener);
    },
    async close() {
      bus.removeAllListeners();
      windows.clear();
      scores.clear();
    },
  };
}
