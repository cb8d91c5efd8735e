import { z } from 'zod';
import type {
  LlmMessage,
  LlmProvider,
  LlmRequest,
  LlmResponse,
  LlmToolCall,
  LlmToolSpec,
} from '../llm/provider.js';
import type { WorkflowStep } from '../store/workflow-repository.js';
import type { AgentDefinition, AgentType } from './definitions.js';
import { type ToolContext, toToolSpec } from './tool.js';

/** Limits of one turn. */
export interface RunLimits {
  /** Model calls one agent may make in a turn before it must answer. @default 6 */
  readonly maxRoundsPerAgent: number;
  /** Output tokens per model call. @default 1000 */
  readonly maxTokens: number;
}

/** Default limits. */
export const DEFAULT_RUN_LIMITS: RunLimits = Object.freeze({ maxRoundsPerAgent: 6, maxTokens: 1000 });

/** Everything one turn needs. */
export interface RunInput {
  readonly agents: Readonly<Record<AgentType, AgentDefinition>>;
  readonly provider: LlmProvider;
  readonly entry: AgentType;
  /** Earlier messages of the session, oldest first, then the new user message last. */
  readonly messages: readonly LlmMessage[];
  readonly tools: ToolContext;
  readonly limits?: RunLimits;
  /** Called when an agent starts working, so clients can show progress. */
  readonly onAgentStart?: (agent: AgentType) => void;
  /** Called with each piece of the final answer as the model produces it. */
  readonly onText?: (delta: string, agent: AgentType) => void;
}

/** What a turn produced. */
export interface RunResult {
  readonly text: string;
  /** The agent whose work the answer reports: the last delegate, or the entry agent. */
  readonly agentType: AgentType;
  readonly confidence: number;
  readonly steps: WorkflowStep[];
}

const DELEGATE_PREFIX = 'delegate_to_';
const delegateInput = z.object({ request: z.string().min(1).max(10_000) });
const delegateSchema = z.toJSONSchema(delegateInput) as Record<string, unknown>;
delete delegateSchema.$schema;

/**
 * Runs one chat turn: the entry agent calls the model, executes the tools it asks for, and delegates
 * to sub-agents, each of which sees only the delegated request and only its own tools.
 */
export async function runTurn(input: RunInput): Promise<RunResult> {
  const limits = input.limits ?? DEFAULT_RUN_LIMITS;
  const steps: WorkflowStep[] = [];
  const result = await runAgent(input, limits, steps, input.agents[input.entry], input.messages, true);
  return { ...result, steps };
}

async function runAgent(
  input: RunInput,
  limits: RunLimits,
  steps: WorkflowStep[],
  agent: AgentDefinition,
  initial: readonly LlmMessage[],
  isTopLevel: boolean,
): Promise<Omit<RunResult, 'steps'>> {
  input.onAgentStart?.(agent.type);
  if (agent.unavailableReason) {
    if (isTopLevel) input.onText?.(agent.unavailableReason, agent.type);
    steps.push(step(agent.type, 'unavailable', 'completed', input.tools.now, 0));
    return { text: agent.unavailableReason, agentType: agent.type, confidence: 1 };
  }
  const allowed = agent.tools.filter((tool) => input.tools.permissions.has(tool.permission));
  const specs: LlmToolSpec[] = [
    ...allowed.map(toToolSpec),
    ...agent.delegates.map((type) => ({
      name: `${DELEGATE_PREFIX}${type}`,
      description: `Delegate a self-contained request to ${input.agents[type].name}: ${input.agents[type].description}`,
      inputSchema: delegateSchema,
    })),
  ];
  const messages = [...initial];
  let attributed: AgentType = agent.type;
  let confidence: number | undefined;
  for (let round = 0; round < limits.maxRoundsPerAgent; round++) {
    input.tools.signal.throwIfAborted();
    const request: LlmRequest = {
      system: systemPrompt(agent, input.tools),
      messages: [...messages],
      tools: specs,
      maxTokens: limits.maxTokens,
      context: { now: input.tools.now, timeZone: input.tools.timeZone },
      signal: input.tools.signal,
    };
    const started = performance.now();
    const response = await callModel(input, request, isTopLevel, () => attributed);
    confidence ??= response.confidence;
    if (response.toolCalls.length === 0) {
      steps.push(step(agent.type, 'respond', 'completed', input.tools.now, performance.now() - started));
      return { text: response.text, agentType: attributed, confidence: confidence ?? 1 };
    }
    messages.push({ role: 'assistant', content: response.text, toolCalls: response.toolCalls });
    for (const call of response.toolCalls) {
      const outcome = await runToolCall(input, limits, steps, agent, call);
      if (outcome.delegate) attributed = outcome.delegate;
      messages.push({ role: 'tool', toolCallId: call.id, name: call.name, content: outcome.content });
    }
  }
  return {
    text: 'I could not finish this request within the step limit; please split it into smaller requests.',
    agentType: agent.type,
    confidence: 0,
  };
}

async function callModel(
  input: RunInput,
  request: LlmRequest,
  isTopLevel: boolean,
  attributed: () => AgentType,
): Promise<LlmResponse> {
  if (!isTopLevel || !input.onText) return input.provider.complete(request);
  for await (const event of input.provider.stream(request)) {
    if (event.type === 'text') input.onText(event.delta, attributed());
    else return event.response;
  }
  throw new Error(`Provider ${input.provider.name} ended its stream without a response`);
}

async function runToolCall(
  input: RunInput,
  limits: RunLimits,
  steps: WorkflowStep[],
  agent: AgentDefinition,
  call: LlmToolCall,
): Promise<{ content: string; delegate?: AgentType }> {
  const started = performance.now();
  const startedAt = input.tools.now;
  if (call.name.startsWith(DELEGATE_PREFIX)) {
    const target = agent.delegates.find((type) => `${DELEGATE_PREFIX}${type}` === call.name);
    const parsed = delegateInput.safeParse(call.input);
    if (!target || !parsed.success) return refuse(steps, agent, call, startedAt);
    steps.push(step(agent.type, `delegate:${target}`, 'completed', startedAt, 0));
    const result = await runAgent(
      input,
      limits,
      steps,
      input.agents[target],
      [{ role: 'user', content: parsed.data.request }],
      false,
    );
    return { content: result.text, delegate: result.agentType };
  }
  const tool = agent.tools.find((t) => t.name === call.name && input.tools.permissions.has(t.permission));
  const parsed = tool?.input.safeParse(call.input);
  if (!tool || !parsed?.success) return refuse(steps, agent, call, startedAt);
  const content = await tool.execute(parsed.data, input.tools);
  steps.push(step(agent.type, `tool:${tool.name}`, 'completed', startedAt, performance.now() - started));
  return { content };
}

/** A call to a tool the agent does not have, or with bad input: the model is told, nothing runs. */
function refuse(steps: WorkflowStep[], agent: AgentDefinition, call: LlmToolCall, startedAt: Date) {
  steps.push(step(agent.type, `refused:${call.name.slice(0, 64)}`, 'failed', startedAt, 0));
  return { content: `Error: tool ${call.name} is not available to ${agent.type} or its input is invalid.` };
}

function step(
  agentType: AgentType,
  action: string,
  status: WorkflowStep['status'],
  startedAt: Date,
  durationMs: number,
): WorkflowStep {
  return { agentType, action, status, startedAt, durationMs };
}

function systemPrompt(agent: AgentDefinition, context: ToolContext): string {
  return `${agent.instructions}\nCurrent time: ${context.now.toISOString()} (user time zone: ${context.timeZone}).`;
}
