import type { StateStore } from './state-store.js';

/**
 * A shared store (Redis) backed by an in-process one: when a shared call fails, the same call goes to
 * the insurance store, so rate limits and violation scores keep holding per instance while Redis is
 * down instead of failing open. Each failure is reported (the caller decides how loudly).
 */
export function withInsurance(
  primary: StateStore,
  insurance: StateStore,
  onError: (error: unknown) => void,
): StateStore {
  const fallBack = <T>(call: (store: StateStore) => T | Promise<T>, error: unknown): T | Promise<T> => {
    onError(error);
    return call(insurance);
  };
  // Not an async function: on every rate-limited request, one promise less.
  function insured<T>(call: (store: StateStore) => T | Promise<T>): Promise<T> {
    try {
      return Promise.resolve(call(primary)).catch((error: unknown) => fallBack(call, error));
    } catch (error) {
      return new Promise<T>((resolve) => resolve(fallBack(call, error)));
    }
  }
  return {
    kind: primary.kind,
    hit: (key, windowMs, nowMs) => insured((s) => s.hit(key, windowMs, nowMs)),
    hitMany: (hits, nowMs) => insured((s) => s.hitMany(hits, nowMs)),
    addScore: (key, points, halfLifeMs, nowMs) => insured((s) => s.addScore(key, points, halfLifeMs, nowMs)),
    getScore: (key, halfLifeMs, nowMs) => insured((s) => s.getScore(key, halfLifeMs, nowMs)),
    // A message that cannot be shared still reaches this instance's own listeners.
    publish: (channel, message) => insured((s) => s.publish(channel, message)),
    async subscribe(channel, listener) {
      await insurance.subscribe(channel, listener);
      await primary.subscribe(channel, listener);
    },
    async close() {
      await primary.close();
      await insurance.close();
    },
  };
}
