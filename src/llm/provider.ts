/**
 * The small provider interface Rampart owns. Every backend (offline, Bedrock, Anthropic,
 * OpenAI-compatible) implements it, so agents never depend on a vendor SDK.
 */

/** A tool call the model asks for. */
export interface LlmToolCall {
  readonly id: string;
  readonly name: string;
  readonly input: Record<string, unknown>;
}

/** One message of the conversation sent to a model. The system prompt travels separately. */
export type LlmMessage =
  | { readonly role: 'user'; readonly content: string }
  | { readonly role: 'assistant'; readonly content: string; readonly toolCalls?: readonly LlmToolCall[] }
  | { readonly role: 'tool'; readonly toolCallId: string; readonly name: string; readonly content: string };

/** A tool offered to the model, described by a JSON schema. */
export interface LlmToolSpec {
  readonly name: string;
  readonly description: string;
  readonly inputSchema: Record<string, unknown>;
}

/** One model call. */
export interface LlmRequest {
  /** The model to use; the provider's configured model when absent. The model policy checks it on every call. */
  readonly model?: string | undefined;
  readonly system: string;
  readonly messages: readonly LlmMessage[];
  readonly tools: readonly LlmToolSpec[];
  readonly maxTokens: number;
  /** The user's clock and zone; remote models get them through `system`, the offline model reads them here. */
  readonly context: { readonly now: Date; readonly timeZone: string };
  readonly signal?: AbortSignal;
}

/** A finished model answer. */
export interface LlmResponse {
  readonly text: string;
  readonly toolCalls: readonly LlmToolCall[];
  readonly stopReason: 'end' | 'tool_use' | 'max_tokens';
  readonly usage: { readonly inputTokens: number; readonly outputTokens: number };
  /** How sure the model is of its routing or answer, 0..1, when it can say. */
  readonly confidence?: number;
}

/** What a streaming call yields: text as it is produced, then the whole response. */
export type LlmStreamEvent =
  | { readonly type: 'text'; readonly delta: string }
  | { readonly type: 'done'; readonly response: LlmResponse };

/** A language-model backend. */
export interface LlmProvider {
  /** `offline`, `bedrock`, `anthropic` or `openai`. */
  readonly name: string;
  readonly model: string;
  complete(request: LlmRequest): Promise<LlmResponse>;
  stream(request: LlmRequest): AsyncIterable<LlmStreamEvent>;
  /** A cheap reachability check that spends no tokens (listing models, resolving credentials). */
  check?(signal: AbortSignal): Promise<void>;
}
