/** A fixed-window counter after one more hit. */
export interface WindowCount {
  readonly count: number;
  /** When the window ends, in epoch milliseconds. */
  readonly resetAtMs: number;
}

/** One key to count and the length of its window. */
export interface WindowHit {
  readonly key: string;
  readonly windowMs: number;
}

/**
 * Shared short-lived state: rate-limit counters, violation scores, ban notices. The memory store is
 * the reference; the Redis store shares the same behaviour across instances. Times come from the
 * caller's clock (`nowMs`), so every backend agrees with an injected clock.
 */
export interface StateStore {
  readonly kind: 'memory' | 'redis';
  /**
   * Counts one hit in the window that contains `nowMs` (windows start at the first hit). The memory
   * store answers at once, without a promise: rate limits are counted on every request.
   */
  hit(key: string, windowMs: number, nowMs: number): WindowCount | Promise<WindowCount>;
  /** `hit` for several keys at once, in order: one round trip for all of a request's limits. */
  hitMany(hits: readonly WindowHit[], nowMs: number): WindowCount[] | Promise<WindowCount[]>;
  /** Adds points to a score that halves every `halfLifeMs`; returns the decayed total. */
  addScore(key: string, points: number, halfLifeMs: number, nowMs: number): Promise<number>;
  /** The decayed score now (0 when unknown). */
  getScore(key: string, halfLifeMs: number, nowMs: number): Promise<number>;
  /** Tells every instance (this one included) something changed, e.g. the ban list. */
  publish(channel: string, message: string): Promise<void>;
  /** Listens for `publish` on a channel. */
  subscribe(channel: string, listener: (message: string) => void): Promise<void>;
  close(): Promise<void>;
}

/** The decay of a score: halves every half-life. */
export function decay(points: number, elapsedMs: number, halfLifeMs: number): number {
  if (elapsedMs <= 0) return points;
  return points * 2 ** (-elapsedMs / halfLifeMs);
}
