import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import { newId } from './ids.js';
import type { Database } from './schema.js';

/** One step of a workflow run (a delegation, a tool call, a reply). */
export interface WorkflowStep {
  agentType: string;
  action: string;
  status: 'completed' | 'failed';
  startedAt: Date;
  durationMs: number;
  /** Model calls only: the model, the tokens held for the call, and what it used. */
  model?: string | undefined;
  tokensReserved?: number | undefined;
  inputTokens?: number | undefined;
  outputTokens?: number | undefined;
  /** Tools that run something (code, commands, files): how the run ended and whether output was cut. */
  exitStatus?: string | undefined;
  truncated?: boolean | undefined;
}

/** Workflow runs (one per chat turn) and their steps. */
export function createWorkflowRepository(db: Kysely<Database>, clock: Clock) {
  return {
    async startRun(run: { sessionId: string; userId: string; entryAgent: string }): Promise<string> {
      const id = newId();
      await db
        .insertInto('workflow_runs')
        .values({
          id,
          session_id: run.sessionId,
          user_id: run.userId,
          status: 'running',
          entry_agent: run.entryAgent,
          error_code: null,
          started_at: clock.now().toISOString(),
          finished_at: null,
        })
        .execute();
      return id;
    },

    /** Stores one step as it ends, so a run's progress is visible while it runs. */
    async appendStep(runId: string, seq: number, step: WorkflowStep): Promise<void> {
      await db
        .insertInto('workflow_steps')
        .values({
          id: newId(),
          run_id: runId,
          seq,
          agent_type: step.agentType,
          action: step.action,
          status: step.status,
          started_at: step.startedAt.toISOString(),
          duration_ms: Math.round(step.durationMs),
          model: step.model ?? null,
          tokens_reserved: step.tokensReserved ?? null,
          input_tokens: step.inputTokens ?? null,
          output_tokens: step.outputTokens ?? null,
          exit_status: step.exitStatus ?? null,
          truncated: step.truncated === undefined ? null : step.truncated ? 1 : 0,
        })
        .execute();
    },

    /** Records the run's outcome. */
    async finishRun(
      runId: string,
      outcome: { status: 'completed' | 'failed'; errorCode?: string },
    ): Promise<void> {
      await db
        .updateTable('workflow_runs')
        .set({
          status: outcome.status,
          error_code: outcome.errorCode ?? null,
          finished_at: clock.now().toISOString(),
        })
        .where('id', '=', runId)
        .execute();
    },

    /** The most recent run of one session, or of any of a user's sessions. */
    async latestRun(of: { sessionId: string } | { userId: string }) {
      return db
        .selectFrom('workflow_runs')
        .select(['id', 'session_id', 'status', 'entry_agent', 'error_code', 'started_at', 'finished_at'])
        .$if('sessionId' in of, (q) => q.where('session_id', '=', (of as { sessionId: string }).sessionId))
        .$if('userId' in of, (q) => q.where('user_id', '=', (of as { userId: string }).userId))
        .orderBy('started_at', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
    },

    async listSteps(runId: string) {
      return db.selectFrom('workflow_steps').selectAll().where('run_id', '=', runId).orderBy('seq').execute();
    },

    /** Marks runs left `running` by a crash as failed; called at start-up. */
    async failAbandonedRuns(): Promise<number> {
      const result = await db
        .updateTable('workflow_runs')
        .set({ status: 'failed', error_code: 'abandoned', finished_at: clock.now().toISOString() })
        .where('status', '=', 'running')
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}

/** The workflow repository's type. */
export type WorkflowRepository = ReturnType<typeof createWorkflowRepository>;
