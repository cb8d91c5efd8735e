import type { AgentType } from '../agents/definitions.js';
import type { Clock } from '../clock.js';
import type { ControlsRepository } from '../store/controls-repository.js';
import type { SecurityLog } from './events.js';

/** Lockdown in force: only administrators may use the API. */
export interface Lockdown {
  readonly since: string;
  readonly reason: string;
}

/** The emergency controls as every instance sees them. */
export interface ControlState {
  readonly lockdown: Lockdown | null;
  readonly disabledAgents: readonly AgentType[];
}

const LOCKDOWN = 'lockdown';
const DISABLED_AGENTS = 'disabled_agents';

/** How stale this instance's view may get; a change made elsewhere holds here within this time. */
export const CONTROLS_REFRESH_MS = 1000;

/**
 * Emergency controls — lockdown and disabled agents — kept in the database, so a change made on one
 * instance (or from the CLI) holds on every instance within a second. Reads are answered from memory
 * and refreshed in the background; a failed refresh keeps the last known state and is reported.
 */
export async function createControls(deps: { repo: ControlsRepository; clock: Clock; log: SecurityLog }) {
  let state: ControlState = { lockdown: null, disabledAgents: [] };
  let loadedAtMs = Number.NEGATIVE_INFINITY;
  let refreshing: Promise<void> | null = null;

  async function reload(): Promise<void> {
    const all = await deps.repo.all();
    state = {
      lockdown: (all.get(LOCKDOWN) as Lockdown | undefined) ?? null,
      disabledAgents: (all.get(DISABLED_AGENTS) as AgentType[] | undefined) ?? [],
    };
    loadedAtMs = deps.clock.now().getTime();
  }

  function current(): ControlState {
    if (!refreshing && deps.clock.now().getTime() - loadedAtMs >= CONTROLS_REFRESH_MS) {
      refreshing = reload()
        .catch((error: unknown) =>
          deps.log.record({
            type: 'state_store_unavailable',
            severity: 'critical',
            detail: { during: 'controls_reload', error: (error as Error).message },
          }),
        )
        .finally(() => {
          refreshing = null;
        });
    }
    return state;
  }

  await reload();
  return {
    /** The controls now (from memory; at most a second old). */
    current,
    /** Reads the controls afresh (after a change made here). */
    reload,
    /** The background refresh in flight, if any (so a caller can wait for it). */
    settled: (): Promise<void> | undefined => refreshing ?? undefined,

    async setLockdown(on: boolean, reason: string, actor: string | null): Promise<void> {
      const now = deps.clock.now();
      if (on) await deps.repo.set(LOCKDOWN, { since: now.toISOString(), reason } satisfies Lockdown, now);
      else await deps.repo.clear(LOCKDOWN);
      await reload();
      await deps.log.record({
        type: on ? 'lockdown_on' : 'lockdown_off',
        severity: 'critical',
        userId: actor,
        detail: { reason: reason.slice(0, 200) },
      });
    },

    async setAgentEnabled(agent: AgentType, enabled: boolean, actor: string | null): Promise<void> {
      await reload();
      const disabled = new Set(state.disabledAgents);
      if (enabled) disabled.delete(agent);
      else disabled.add(agent);
      await deps.repo.set(DISABLED_AGENTS, [...disabled].sort(), deps.clock.now());
      await reload();
      await deps.log.record({
        type: enabled ? 'agent_enabled' : 'agent_disabled',
        severity: 'warning',
        userId: actor,
        detail: { agent },
      });
    },
  };
}

/** The controls' type. */
export type Controls = Awaited<ReturnType<typeof createControls>>;
