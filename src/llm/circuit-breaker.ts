import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';
import type { LlmProvider, LlmStreamEvent } from './provider.js';

/** Circuit breaker options. */
export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. @default 5 */
  readonly failureThreshold: number;
  /** How long an open circuit refuses calls before one trial call is let through. @default 30000 */
  readonly openMs: number;
}

/** Defaults. */
export const DEFAULT_CIRCUIT_BREAKER_OPTIONS: CircuitBreakerOptions = Object.freeze({
  failureThreshold: 5,
  openMs: 30_000,
});

/** `closed`: calls flow; `open`: refused at once; `half_open`: one trial call decides. */
export type CircuitState = 'closed' | 'open' | 'half_open';

/**
 * Stops calling a provider that keeps failing, so a dead backend costs each user a fast 503
 * instead of the whole turn deadline, and the backend is not hammered while it recovers.
 */
export function createCircuitBreaker(deps: { clock: Clock }, options = DEFAULT_CIRCUIT_BREAKER_OPTIONS) {
  if (!Number.isInteger(options.failureThreshold) || options.failureThreshold < 1) {
    throw new Error('Circuit breaker: failureThreshold must be a positive integer');
  }
  if (!(options.openMs >= 100)) throw new Error('Circuit breaker: openMs must be at least 100');
  let failures = 0;
  let openedAt: number | undefined;
  let trialInFlight = false;

  function state(): CircuitState {
    if (openedAt === undefined) return 'closed';
    return deps.clock.now().getTime() - openedAt >= options.openMs ? 'half_open' : 'open';
  }

  return {
    state,
    /** Whether a call may go out now; in half-open state only one trial at a time. */
    tryAcquire(): boolean {
      const current = state();
      if (current === 'closed') return true;
      if (current === 'open' || trialInFlight) return false;
      trialInFlight = true;
      return true;
    },
    succeeded(): void {
      failures = 0;
      openedAt = undefined;
      trialInFlight = false;
    },
    failed(): void {
      failures += 1;
      if (trialInFlight || failures >= options.failureThreshold) openedAt = deps.clock.now().getTime();
      trialInFlight = false;
    },
  };
}

/** A circuit breaker. */
export type CircuitBreaker = ReturnType<typeof createCircuitBreaker>;

/** A provider guarded by a breaker: while open, calls fail at once with `llm_unavailable`. */
export function withCircuitBreaker(
  provider: LlmProvider,
  breaker: CircuitBreaker,
  isFault: (error: unknown) => boolean = () => true,
): LlmProvider {
  const refuse = () => new AppError('llm_unavailable', undefined, { cause: new Error('circuit open') });
  return {
    name: provider.name,
    model: provider.model,
    ...(provider.check ? { check: provider.check.bind(provider) } : {}),
    async complete(request) {
      if (!breaker.tryAcquire()) throw refuse();
      try {
        const response = await provider.complete(request);
        breaker.succeeded();
        return response;
      } catch (error) {
        if (isFault(error)) breaker.failed();
        else breaker.succeeded();
        throw error;
      }
    },
    async *stream(request): AsyncIterable<LlmStreamEvent> {
      if (!breaker.tryAcquire()) throw refuse();
      let settled = false;
      try {
        for await (const event of provider.stream(request)) {
          if (event.type === 'done' && !settled) {
            settled = true;
            breaker.succeeded();
          }
          yield event;
        }
      } catch (error) {
        if (!isFault(error)) {
          settled = true;
          breaker.succeeded();
        }
        throw error;
      } finally {
        // A stream that errors, ends early or is abandoned before its answer counts as a failure.
        if (!settled) breaker.failed();
      }
    },
  };
}
