import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';
import type { ModelPolicy } from '../llm/model-policy.js';
import type { LlmMessage, LlmProvider } from '../llm/provider.js';
import type { SecurityLog } from '../security/events.js';
import type { Permission } from '../security/permissions.js';
import { isId } from '../store/ids.js';
import type { Store } from '../store/store.js';
import type { Activity } from './activity.js';
import type { AgentDefinition, AgentType } from './definitions.js';
import { DEFAULT_RUN_LIMITS, runTurn, systemPrompt } from './runner.js';
import { createTokenBudget } from './token-budget.js';
import type { Source } from './tool.js';
import type { PromptGuards } from './turn-guard.js';

/** Messages of earlier turns that the coordinator sees, and their total size in characters. */
const HISTORY_MESSAGES = 20;
const HISTORY_MAX_CHARS = 24_000;

/** Roles a client may send in `history`; the system prompt and tool turns are the server's alone. */
const CLIENT_ROLES = new Set(['user', 'assistant']);

/** One user message to answer. */
export interface ChatRequest {
  readonly userId: string;
  readonly message: string;
  readonly sessionId?: string | undefined;
  readonly agentPreference?: AgentType | undefined;
  readonly timeZone?: string | undefined;
  /** The user's permissions; tools outside them are not offered. */
  readonly permissions: ReadonlySet<Permission>;
  /** A model the client asks for; must be on the allow-list. */
  readonly model?: string | undefined;
  /** Output tokens per model call the client asks for; at most the cap. */
  readonly maxTokens?: number | undefined;
  /** Earlier turns a client keeps itself (no session): only `user` and `assistant` roles. */
  readonly history?: readonly { readonly role: string; readonly content: string }[] | undefined;
  /** Who asked, for the security log. */
  readonly client?: { readonly ip: string; readonly requestId?: string | undefined } | undefined;
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
  readonly sources: readonly Source[];
  /** The turn's token budget and what it spent. */
  readonly tokens: { readonly budget: number; readonly used: number };
}

/** Dependencies of the chat service. */
export interface ChatServiceDeps {
  readonly store: Store;
  readonly provider: LlmProvider;
  readonly policy: ModelPolicy;
  readonly log: SecurityLog;
  /** Prompt-injection and output guards; see turn-guard.ts. */
  readonly guards: PromptGuards;
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
  /** Tokens one turn may spend across all its model calls. @default 32000 */
  readonly tokenBudgetPerTurn?: number;
  /** Model calls one agent may make per turn. @default 10 */
  readonly maxAgentIterations?: number;
}

/**
 * Answers chat messages. The user's message, its session and the run record are written in one
 * transaction before any agent runs, so a failure later never loses what the user said, and a
 * failure before leaves nothing half-written.
 */
export function createChatService(deps: ChatServiceDeps, options: ChatServiceOptions) {
  const { store, activity, clock, log } = deps;
  const tokenBudgetPerTurn = options.tokenBudgetPerTurn ?? 32_000;
  const maxIterations = options.maxAgentIterations ?? DEFAULT_RUN_LIMITS.maxIterations;

  async function history(request: ChatRequest): Promise<LlmMessage[]> {
    if (request.history !== undefined) {
      if (request.sessionId !== undefined) {
        throw new AppError('validation_failed', 'Send either history or a session_id, not both.');
      }
      return historyWindow(request.history as LlmMessage[]);
    }
    if (request.sessionId === undefined) return [];
    const session = isId(request.sessionId) ? await store.chat.getSession(request.sessionId) : undefined;
    if (!session || session.userId !== request.userId) {
      throw new AppError('not_found', 'No such chat session.');
    }
    const messages = await store.chat.listMessages(request.sessionId, HISTORY_MESSAGES);
    return historyWindow(messages.map((m) => ({ role: m.role, content: m.content })));
  }

  /** Refuses what the policy forbids before anything is stored; the precise reason goes to the log. */
  async function checkAsk(request: ChatRequest) {
    const role = request.history?.find((m) => !CLIENT_ROLES.has(m.role))?.role;
    const decision = role
      ? ({ allowed: false, code: 'role_not_allowed', reason: 'client sent a server-only role' } as const)
      : deps.policy.decide({ model: request.model, maxTokens: request.maxTokens });
    if (decision.allowed) return decision;
    await log.record({
      type: 'model_policy_denied',
      severity: 'warning',
      userId: request.userId,
      client: request.client,
      detail: {
        code: decision.code,
        reason: decision.reason,
        ...(role ? { role: role.slice(0, 32) } : {}),
        ...(request.model !== undefined ? { model: request.model.slice(0, 100) } : {}),
        ...(request.maxTokens !== undefined ? { max_tokens: request.maxTokens } : {}),
      },
    });
    throw new AppError(decision.code);
  }

  return {
    async handle(request: ChatRequest, progress: ChatProgress = {}): Promise<ChatReply> {
      const startedMs = performance.now();
      const ask = await checkAsk(request);
      const caller = { userId: request.userId, client: request.client };
      const hardened = await deps.guards.checkUserText(
        [request.message, ...(request.history ?? []).map((m) => m.content)],
        caller,
      );
      const earlier = await history(request);
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
      const budget = createTokenBudget(tokenBudgetPerTurn);
      const guard = deps.guards.forTurn(caller, hardened);
      const stream = progress.onText && heldBack(progress.onText, sessionId, guard.canary);
      let seq = 0;
      try {
        const result = await untilAborted(
          signal,
          runTurn({
            agents: withDisabled(deps.agents, deps.disabledAgents?.() ?? []),
            provider: deps.provider,
            budget,
            guard,
            model: ask.model,
            limits: { maxIterations, maxTokens: ask.maxTokens },
            entry,
            messages: [...earlier, { role: 'user', content: request.message }],
            tools: {
              userId: request.userId,
              now: clock.now(),
              timeZone: request.timeZone ?? options.timeZone,
              repos: store,
              signal,
              permissions: request.permissions,
              client: request.client,
              report: (violation) =>
                log.record({
                  type: violation.type,
                  severity: violation.type === 'sandbox_escape_attempt' ? 'critical' : 'warning',
                  userId: request.userId,
                  client: request.client,
                  detail: { tool: violation.tool, ...violation.detail },
                }),
            },
            // Stored as they happen, so workflow status shows a turn while it runs.
            onStep: (step) => store.workflow.appendStep(runId, seq++, step),
            onToolRefused: (refusal) =>
              log.record({
                type: 'tool_call_refused',
                severity: 'warning',
                userId: request.userId,
                client: request.client,
                detail: { agent: refusal.agent, tool: refusal.tool, reason: refusal.reason },
              }),
            onAgentStart: (agent) => {
              leaving.push(activity.enter(request.userId, sessionId, agent));
              progress.onAgentStart?.(agent, sessionId);
            },
            onText: stream?.push,
          }),
        );
        const reply = await deps.guards.checkReply(
          result.text,
          guard,
          {
            systemPrompt: Object.values(deps.agents)
              .map((agent) => systemPrompt(agent, { now: clock.now(), timeZone: options.timeZone }, guard))
              .join('\n'),
            sources: result.sources,
          },
          caller,
        );
        stream?.flush(!reply.withheld);
        await store.transaction(async (repos) => {
          await repos.chat.appendMessage(sessionId, {
            role: 'assistant',
            content: reply.text,
            agentType: result.agentType,
          });
          await repos.workflow.finishRun(runId, { status: 'completed' });
        });
        const processingMs = performance.now() - startedMs;
        activity.recordTurn({ ok: true, processingMs });
        return {
          response: reply.text,
          agentType: result.agentType,
          sessionId,
          processingTimeSeconds: Math.round(processingMs) / 1000,
          confidence: result.confidence,
          sources: result.sources,
          tokens: { budget: budget.totalTokens, used: budget.spent() },
        };
      } catch (error) {
        const failure = signal.aborted
          ? new AppError('processing_timeout', undefined, { cause: error })
          : error;
        activity.recordTurn({ ok: false, processingMs: performance.now() - startedMs });
        const code = failure instanceof AppError ? failure.code : 'internal_error';
        await store.workflow.finishRun(runId, { status: 'failed', errorCode: code }).catch(() => {});
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

/**
 * The most recent messages that fit HISTORY_MAX_CHARS, oldest first, starting with a user message:
 * Anthropic and Bedrock refuse a conversation that opens with the assistant.
 */
export function historyWindow(messages: readonly LlmMessage[]): LlmMessage[] {
  const kept: LlmMessage[] = [];
  let chars = 0;
  for (let i = messages.length - 1; i >= 0 && kept.length < HISTORY_MESSAGES; i--) {
    const message = messages[i] as LlmMessage;
    chars += message.content.length;
    if (chars > HISTORY_MAX_CHARS) break;
    kept.unshift(message);
  }
  while (kept.length > 0 && kept[0]?.role !== 'user') kept.shift();
  return kept;
}

/**
 * Forwards streamed text with the last few characters held back, so the canary can never reach the
 * client in pieces: once the text so far contains it, nothing more is sent, and the final message
 * (already checked by the output guard) replaces what the client shows.
 */
function heldBack(
  send: NonNullable<ChatProgress['onText']>,
  sessionId: string,
  canary: string,
): { push: (delta: string, agent: AgentType) => void; flush: (ok: boolean) => void } {
  const keep = canary.length + 16;
  let pending = '';
  let seen = '';
  let agent: AgentType = 'personal_assistant';
  let stopped = false;
  return {
    push(delta, from) {
      if (stopped) return;
      agent = from;
      pending += delta;
      // Only the tail can complete a canary, so only the tail is kept: the check stays linear in the reply.
      seen = (seen + delta.toLowerCase().replace(/\s+/g, '')).slice(-(canary.length + delta.length));
      if (seen.includes(canary)) {
        stopped = true;
        pending = '';
        return;
      }
      if (pending.length > keep) {
        send(pending.slice(0, -keep), agent, sessionId);
        pending = pending.slice(-keep);
      }
    },
    flush(ok) {
      if (ok && !stopped && pending) send(pending, agent, sessionId);
      pending = '';
    },
  };
}
