import type { AgentType } from './definitions.js';

/** Which agents are working right now, per user and session, and counters of finished turns. */
export function createActivity() {
  // Keyed by user, then session, so one user's status never shows another's work.
  const active = new Map<string, Map<AgentType, number>>();
  const sessionKey = (userId: string, sessionId: string) => `${userId}\u0000${sessionId}`;
  const totals = { turns: 0, failedTurns: 0, processingMs: 0 };

  return {
    /** Marks an agent as working on a session; returns the function that marks it done. */
    enter(userId: string, sessionId: string, agent: AgentType): () => void {
      const key = sessionKey(userId, sessionId);
      const counts = active.get(key) ?? new Map<AgentType, number>();
      active.set(key, counts);
      counts.set(agent, (counts.get(agent) ?? 0) + 1);
      let left = false;
      return () => {
        if (left) return;
        left = true;
        const n = (counts.get(agent) ?? 1) - 1;
        if (n > 0) counts.set(agent, n);
        else counts.delete(agent);
        if (counts.size === 0) active.delete(key);
      };
    },

    /** Agents working for a user on one session, or on any of their sessions when none is given. */
    activeAgents(userId: string, sessionId?: string): AgentType[] {
      const prefix = `${userId}\u0000`;
      const sessions = sessionId
        ? [active.get(sessionKey(userId, sessionId))]
        : [...active.entries()].filter(([key]) => key.startsWith(prefix)).map(([, counts]) => counts);
      const agents = new Set<AgentType>();
      for (const counts of sessions) for (const agent of counts?.keys() ?? []) agents.add(agent);
      return [...agents].sort();
    },

    recordTurn(outcome: { ok: boolean; processingMs: number }): void {
      totals.turns += 1;
      if (!outcome.ok) totals.failedTurns += 1;
      totals.processingMs += outcome.processingMs;
    },

    metrics() {
      return {
        chat_turns: totals.turns,
        failed_turns: totals.failedTurns,
        average_processing_ms: totals.turns === 0 ? 0 : Math.round(totals.processingMs / totals.turns),
        active_sessions: active.size,
      };
    },
  };
}

/** The activity tracker's type. */
export type Activity = ReturnType<typeof createActivity>;
