import type { Clock } from '../clock.js';

/** What health reports for a provider. */
export type ProviderStatus = 'available' | 'unavailable' | 'not_configured';

/** One provider the health route reports on. */
export interface HealthProbe {
  readonly name: string;
  /** Absent when the provider is not configured on this server. */
  readonly check?: ((signal: AbortSignal) => Promise<void>) | undefined;
  /** True while the provider's circuit is open (it is failing calls right now). */
  readonly isFailing?: (() => boolean) | undefined;
}

/** Health monitor options. */
export interface ProviderHealthOptions {
  /** How long a check's answer is reused. @default 60000 */
  readonly refreshMs: number;
  /** How long a check may take before it counts as a failure. @default 5000 */
  readonly checkTimeoutMs: number;
}

/**
 * Knows whether each provider is reachable without spending tokens: a cheap check at most once per
 * `refreshMs`, run in the background so a health request never waits for a provider, and an open
 * circuit breaker marks a provider unavailable at once.
 */
export function createProviderHealth(
  deps: { clock: Clock },
  probes: readonly HealthProbe[],
  options: ProviderHealthOptions = { refreshMs: 60_000, checkTimeoutMs: 5000 },
) {
  const known = new Map<string, { atMs: number; ok: boolean | undefined; running: boolean }>();

  function refresh(probe: HealthProbe, nowMs: number): void {
    const entry = known.get(probe.name) ?? { atMs: -Infinity, ok: undefined, running: false };
    known.set(probe.name, entry);
    if (entry.running || nowMs - entry.atMs < options.refreshMs || !probe.check) return;
    entry.running = true;
    entry.atMs = nowMs;
    probe
      .check(AbortSignal.timeout(options.checkTimeoutMs))
      .then(
        () => true,
        () => false,
      )
      .then((ok) => {
        entry.ok = ok;
        entry.running = false;
      });
  }

  return {
    /** Status of every probe now; starts a background check for those whose answer is stale. */
    statuses(): Record<string, ProviderStatus> {
      const nowMs = deps.clock.now().getTime();
      const out: Record<string, ProviderStatus> = {};
      for (const probe of probes) {
        if (!probe.check) {
          out[probe.name] = 'not_configured';
          continue;
        }
        refresh(probe, nowMs);
        const ok = known.get(probe.name)?.ok;
        out[probe.name] = probe.isFailing?.() || ok === false ? 'unavailable' : 'available';
      }
      return out;
    },
    /** Resolves once every check in flight has settled; for tests and start-up. */
    async settled(): Promise<void> {
      while ([...known.values()].some((entry) => entry.running)) {
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
}

/** The provider health monitor's type. */
export type ProviderHealth = ReturnType<typeof createProviderHealth>;
