import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';
import type { LlmMessage, LlmProvider } from '../llm/provider.js';
import type { Permission } from '../security/permissions.js';
import { isId } from '../store/ids.js';
import type { Store } from '../store/store.js';
import type { Activity } from './activity.js';
import type { AgentDefinition, AgentType } from './definitions.js';
import { runTurn } from './runner.js';

/** Messages of earlier turns that the coordinator sees. */
const HISTORY_MESSAGES = 20;

/** One user message to answer. */
export interface ChatRequest {
  readonly userId: string;
  readonly message: string;
  readonly sessionId?: string | undefined;
  readonly agentPreference?: AgentType | undefined;
  readonly timeZone?: string | undefined;
  /** The user's permissions; tools outside them are not offered. */
  readonly permissions: ReadonlySet<Permission>;
}

/** Progress callbacks, used by the WebSocket to stream. */
export interface ChatProgress {
  onAgentStart?(agent: AgentType, sessionId: string): void;
  onText?(delta: string, agent: AgentType, sessionId: string): void;
}

/** The answer to one chat request. */
export interface ChatReply {
  readonly response: string;
  readonly agentType: AgentType;
  readonly sessionId: string;
  readonly processingTimeSeconds: number;
  readonly confidence: number;
}

/** Dependencies of the chat service. */
export interface ChatServiceDeps {
  readonly store: Store;
  readonly provider: LlmProvider;
  readonly agents: Readonly<Record<AgentType, AgentDefinition>>;
  readonly activity: Activity;
  readonly clock: Clock;
  /** Agents an administrator switched off (`rampart agent disable`); they answer that they are disabled. */
  readonly disabledAgents?: () => readonly AgentType[];
}

/** What a disabled agent answers in place of doing anything. */
export const AGENT_DISABLED = 'This assistant is switched off by an administrator for now.';

function withDisabled(
  agents: Readonly<Record<AgentType, AgentDefinition>>,
  disabled: readonly AgentType[],
): Readonly<Record<AgentType, AgentDefinition>> {
  if (disabled.length === 0) return agents;
  const copy = { ...agents };
  for (const type of disabled) copy[type] = { ...agents[type], unavailableReason: AGENT_DISABLED };
  return copy;
}

/** Options of the chat service. */
export interface ChatServiceOptions {
  /** Zone for requests that do not name one. */
  readonly timeZone: string;
  /** Whole-turn deadline. @default 30000 */
  readonly agentTimeoutMs: number;
}

/**
 * Answers chat messages. The user's message, its session and the run record are written in one
 * transaction before any agent runs, so a failure later never loses what the user said, and a
 * failure before leaves nothing half-written.
 */
export function createChatService(deps: ChatServiceDeps, options: ChatServiceOptions) {
  const { store, activity, clock } = deps;

  async function history(userId: string, sessionId: string | undefined): Promise<LlmMessage[]> {
    if (sessionId === undefined) return [];
    const session = isId(sessionId) ? await store.chat.getSession(sessionId) : undefined;
    if (!session || session.userId !== userId) throw new AppError('not_found', 'No such chat session.');
    const messages = await store.chat.listMessages(sessionId, HISTORY_MESSAGES);
    return messages.map((m) => ({ role: m.role, content: m.content }));
  }

  return {
    async handle(request: ChatRequest, progress: ChatProgress = {}): Promise<ChatReply> {
      const startedMs = performance.now();
      const earlier = await history(request.userId, request.sessionId);
      const entry = request.agentPreference ?? 'personal_assistant';
      const { sessionId, runId } = await store.transaction(async (repos) => {
        const id = request.sessionId ?? (await repos.chat.createSession(request.userId, request.message)).id;
        await repos.chat.appendMessage(id, { role: 'user', content: request.message, agentType: null });
        const run = await repos.workflow.startRun({
          sessionId: id,
          userId: request.userId,
          entryAgent: entry,
        });
        return { sessionId: id, runId: run };
      });

      const leaving: (() => void)[] = [];
      const signal = AbortSignal.timeout(options.agentTimeoutMs);
      try {
        const result = await untilAborted(
          signal,
          runTurn({
            agents: withDisabled(deps.agents, deps.disabledAgents?.() ?? []),
            provider: deps.provider,
            entry,
            messages: [...earlier, { role: 'user', content: request.message }],
            tools: {
              userId: request.userId,
              now: clock.now(),
              timeZone: request.timeZone ?? options.timeZone,
              repos: store,
              signal,
              permissions: request.permissions,
            },
            onAgentStart: (agent) => {
              leaving.push(activity.enter(request.userId, sessionId, agent));
              progress.onAgentStart?.(agent, sessionId);
            },
            onText: progress.onText && ((delta, agent) => progress.onText?.(delta, agent, sessionId)),
          }),
        );
        await store.transaction(async (repos) => {
          await repos.chat.appendMessage(sessionId, {
            role: 'assistant',
            content: result.text,
            agentType: result.agentType,
          });
          await repos.workflow.finishRun(runId, { status: 'completed', steps: result.steps });
        });
        const processingMs = performance.now() - startedMs;
        activity.recordTurn({ ok: true, processingMs });
        return {
          response: result.text,
          agentType: result.agentType,
          sessionId,
          processingTimeSeconds: Math.round(processingMs) / 1000,
          confidence: result.confidence,
        };
      } catch (error) {
        const failure = signal.aborted
          ? new AppError('processing_timeout', undefined, { cause: error })
          : error;
        activity.recordTurn({ ok: false, processingMs: performance.now() - startedMs });
        const code = failure instanceof AppError ? failure.code : 'internal_error';
        await store.workflow
          .finishRun(runId, { status: 'failed', errorCode: code, steps: [] })
          .catch(() => {});
        throw failure;
      } finally {
        for (const leave of leaving) leave();
      }
    },
  };
}

/** The chat service's type. */
export type ChatService = ReturnType<typeof createChatService>;

/** Settles with `work`, or rejects as soon as `signal` aborts, even if `work` ignores the signal. */
function untilAborted<T>(signal: AbortSignal, work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
