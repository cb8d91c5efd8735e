import Anthropic from '@anthropic-ai/sdk';
import type {
  ContentBlockParam,
  MessageCreateParamsBase,
  MessageParam,
  StopReason,
  Tool,
} from '@anthropic-ai/sdk/resources/messages';
import type {
  LlmMessage,
  LlmProvider,
  LlmRequest,
  LlmResponse,
  LlmStreamEvent,
  LlmToolCall,
} from './provider.js';
import { LlmProtocolError, parseToolInput, toolInput } from './tool-input.js';

/** Options of the Anthropic Messages API provider. */
export interface AnthropicProviderOptions {
  /** Without `/v1`: the SDK appends `/v1/messages`. @default 'https://api.anthropic.com' */
  readonly baseUrl?: string;
  readonly apiKey: string;
  readonly model: string;
  /** Per attempt; the turn's deadline (AGENT_TIMEOUT_MS) aborts through the request's signal. */
  readonly timeoutMs: number;
  /** Retries on 408, 409, 429, 5xx and connection errors, with the SDK's exponential backoff. @default 2 */
  readonly maxRetries?: number;
}

type Turn = { role: 'user' | 'assistant'; content: ContentBlockParam[] };

function toMessages(messages: readonly LlmMessage[]): MessageParam[] {
  const turns: Turn[] = [];
  // The API wants user and assistant turns to alternate, and every tool result in the user turn
  // right after the assistant's tool_use: adjacent blocks of one role therefore share a turn.
  const add = (role: Turn['role'], blocks: ContentBlockParam[]) => {
    // An assistant turn without text or tool calls has nothing the API accepts as content.
    if (blocks.length === 0) return;
    const last = turns.at(-1);
    if (last?.role === role) last.content.push(...blocks);
    else turns.push({ role, content: blocks });
  };
  for (const message of messages) add(...toBlocks(message));
  return turns;
}

function toBlocks(message: LlmMessage): [Turn['role'], ContentBlockParam[]] {
  if (message.role === 'user') return ['user', [{ type: 'text', text: message.content }]];
  if (message.role === 'tool') {
    return ['user', [{ type: 'tool_result', tool_use_id: message.toolCallId, content: message.content }]];
  }
  // The API rejects empty text blocks, and a tool-calling turn often has no text.
  const text: ContentBlockParam[] = message.content ? [{ type: 'text', text: message.content }] : [];
  const calls: ContentBlockParam[] = (message.toolCalls ?? []).map((call) => ({
    type: 'tool_use',
    id: call.id,
    name: call.name,
    input: call.input,
  }));
  return ['assistant', [...text, ...calls]];
}

function toTools(request: LlmRequest): Tool[] | undefined {
  if (request.tools.length === 0) return undefined;
  return request.tools.map((tool) => ({
    name: tool.name,
    description: tool.description,
    input_schema: tool.inputSchema as Tool.InputSchema,
  }));
}

function stopReasonOf(reason: StopReason | null): LlmResponse['stopReason'] {
  if (reason === 'tool_use') return 'tool_use';
  if (reason === 'max_tokens') return 'max_tokens';
  return 'end';
}

/** An `LlmProvider` over the Anthropic Messages API, streaming included. */
export function createAnthropicProvider(options: AnthropicProviderOptions): LlmProvider {
  const client = new Anthropic({
    apiKey: options.apiKey,
    // Explicit, so that ANTHROPIC_BASE_URL in the environment cannot bypass Rampart's own config.
    baseURL: options.baseUrl ?? 'https://api.anthropic.com',
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries ?? 2,
  });
  const body = (request: LlmRequest): MessageCreateParamsBase => {
    const tools = toTools(request);
    return {
      model: request.model ?? options.model,
      system: request.system,
      messages: toMessages(request.messages),
      max_tokens: request.maxTokens,
      ...(tools ? { tools } : {}),
    };
  };

  return {
    name: 'anthropic',

    async check(signal) {
      // Listing models spends no tokens and proves the key is accepted.
      await client.models.list({ limit: 1 }, { signal, maxRetries: 0 });
    },
    model: options.model,

    async complete(request) {
      const message = await client.messages.create(
        { ...body(request), stream: false },
        { signal: request.signal },
      );
      // The SDK hands back the raw text of a 200 that is not JSON, e.g. a proxy's HTML page.
      if (typeof message !== 'object' || message === null || !Array.isArray(message.content)) {
        throw new LlmProtocolError('The model answered with something that is not a message');
      }
      let text = '';
      const toolCalls: LlmToolCall[] = [];
      for (const block of message.content) {
        if (block.type === 'text') text += block.text;
        else if (block.type === 'tool_use') {
          toolCalls.push({ id: block.id, name: block.name, input: toolInput(block.name, block.input) });
        }
      }
      return {
        text,
        toolCalls,
        stopReason: stopReasonOf(message.stop_reason),
        usage: {
          inputTokens: message.usage?.input_tokens ?? 0,
          outputTokens: message.usage?.output_tokens ?? 0,
        },
      };
    },

    async *stream(request): AsyncIterable<LlmStreamEvent> {
      const stream = await client.messages.create(
        { ...body(request), stream: true },
        { signal: request.signal },
      );
      let text = '';
      let stopReason: StopReason | null = null;
      let stopped = false;
      const usage = { inputTokens: 0, outputTokens: 0 };
      // A tool_use block names the call first; its input follows as JSON fragments for that index.
      const calls = new Map<number, { id: string; name: string; json: string }>();
      for await (const event of stream) {
        if (event.type === 'message_start') {
          usage.inputTokens = event.message.usage.input_tokens;
          usage.outputTokens = event.message.usage.output_tokens;
        } else if (event.type === 'content_block_start') {
          const block = event.content_block;
          if (block.type === 'tool_use') calls.set(event.index, { id: block.id, name: block.name, json: '' });
          else if (block.type === 'text' && block.text) {
            text += block.text;
            yield { type: 'text', delta: block.text };
          }
        } else if (event.type === 'content_block_delta') {
          const delta = event.delta;
          if (delta.type === 'text_delta') {
            text += delta.text;
            yield { type: 'text', delta: delta.text };
          } else if (delta.type === 'input_json_delta') {
            const call = calls.get(event.index);
            if (!call) throw new LlmProtocolError('The model sent tool input outside a tool call');
            call.json += delta.partial_json;
          }
        } else if (event.type === 'message_delta') {
          stopReason = event.delta.stop_reason ?? stopReason;
          usage.outputTokens = event.usage.output_tokens;
          if (typeof event.usage.input_tokens === 'number') usage.inputTokens = event.usage.input_tokens;
        } else if (event.type === 'message_stop') {
          stopped = true;
        }
      }
      // The SDK ends the iteration quietly when the signal aborts it; the caller must see the abort.
      request.signal?.throwIfAborted();
      if (!stopped || stopReason === null) {
        throw new LlmProtocolError('The model stream ended before the answer was finished');
      }
      const toolCalls = [...calls.entries()]
        .sort(([a], [b]) => a - b)
        .map(([, call]) => ({ id: call.id, name: call.name, input: parseToolInput(call.name, call.json) }));
      yield { type: 'done', response: { text, toolCalls, stopReason: stopReasonOf(stopReason), usage } };
    },
  };
}
