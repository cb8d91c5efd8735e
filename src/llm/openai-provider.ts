import OpenAI from 'openai';
import type {
  ChatCompletionChunk,
  ChatCompletionMessageParam,
  ChatCompletionTool,
} from 'openai/resources/chat/completions';
import type {
  LlmMessage,
  LlmProvider,
  LlmRequest,
  LlmResponse,
  LlmStreamEvent,
  LlmToolCall,
} from './provider.js';
import { LlmProtocolError, parseToolInput } from './tool-input.js';

/** Options of the OpenAI-compatible provider (OpenAI, Ollama, vLLM, llama.cpp, LM Studio). */
export interface OpenAiProviderOptions {
  readonly baseUrl: string;
  /** Some local servers need none; the SDK still wants a string. */
  readonly apiKey: string | undefined;
  readonly model: string;
  /** Per attempt; the turn's deadline (AGENT_TIMEOUT_MS) aborts through the request's signal. */
  readonly timeoutMs: number;
  /** Retries on 429, 5xx and connection errors, with the SDK's exponential backoff. @default 2 */
  readonly maxRetries?: number;
}

function toMessages(request: LlmRequest): ChatCompletionMessageParam[] {
  const system: ChatCompletionMessageParam = { role: 'system', content: request.system };
  return [system, ...request.messages.map(toMessage)];
}

function toMessage(message: LlmMessage): ChatCompletionMessageParam {
  if (message.role === 'user') return { role: 'user', content: message.content };
  if (message.role === 'tool')
    return { role: 'tool', tool_call_id: message.toolCallId, content: message.content };
  return {
    role: 'assistant',
    content: message.content,
    ...(message.toolCalls && message.toolCalls.length > 0
      ? {
          tool_calls: message.toolCalls.map((call) => ({
            id: call.id,
            type: 'function' as const,
            function: { name: call.name, arguments: JSON.stringify(call.input) },
          })),
        }
      : {}),
  };
}

function toTools(request: LlmRequest): ChatCompletionTool[] | undefined {
  if (request.tools.length === 0) return undefined;
  return request.tools.map((tool) => ({
    type: 'function',
    function: { name: tool.name, description: tool.description, parameters: tool.inputSchema },
  }));
}

function stopReasonOf(finish: string | null | undefined, toolCalls: number): LlmResponse['stopReason'] {
  if (finish === 'length') return 'max_tokens';
  return toolCalls > 0 || finish === 'tool_calls' ? 'tool_use' : 'end';
}

/** An `LlmProvider` over any server that speaks OpenAI chat completions, streaming included. */
export function createOpenAiProvider(options: OpenAiProviderOptions): LlmProvider {
  const client = new OpenAI({
    baseURL: options.baseUrl,
    apiKey: options.apiKey ?? 'not-needed',
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries ?? 2,
  });
  const body = (request: LlmRequest) => ({
    model: request.model ?? options.model,
    messages: toMessages(request),
    max_tokens: request.maxTokens,
    ...(toTools(request) ? { tools: toTools(request) } : {}),
  });

  return {
    name: 'openai',

    async check(signal) {
      // Listing models is free on OpenAI, Ollama, vLLM, llama.cpp and LM Studio alike.
      await client.models.list({ signal, maxRetries: 0 });
    },
    model: options.model,

    async complete(request) {
      const completion = await client.chat.completions.create(
        { ...body(request), stream: false },
        { signal: request.signal },
      );
      const choice = completion.choices[0];
      if (!choice) throw new LlmProtocolError('The model answered without a choice');
      const toolCalls: LlmToolCall[] = (choice.message.tool_calls ?? []).flatMap((call) =>
        call.type === 'function'
          ? [
              {
                id: call.id,
                name: call.function.name,
                input: parseToolInput(call.function.name, call.function.arguments),
              },
            ]
          : [],
      );
      return {
        text: choice.message.content ?? '',
        toolCalls,
        stopReason: stopReasonOf(choice.finish_reason, toolCalls.length),
        usage: {
          inputTokens: completion.usage?.prompt_tokens ?? 0,
          outputTokens: completion.usage?.completion_tokens ?? 0,
        },
      };
    },

    async *stream(request): AsyncIterable<LlmStreamEvent> {
      const stream = await client.chat.completions.create(
        { ...body(request), stream: true, stream_options: { include_usage: true } },
        { signal: request.signal },
      );
      let text = '';
      let finish: string | null = null;
      let usage = { inputTokens: 0, outputTokens: 0 };
      // Tool calls arrive in fragments keyed by index: the id and name first, the arguments in pieces.
      const calls = new Map<number, { id: string; name: string; args: string }>();
      for await (const chunk of stream as AsyncIterable<ChatCompletionChunk>) {
        if (chunk.usage) {
          usage = { inputTokens: chunk.usage.prompt_tokens, outputTokens: chunk.usage.completion_tokens };
        }
        const choice = chunk.choices[0];
        if (!choice) continue;
        if (choice.delta.content) {
          text += choice.delta.content;
          yield { type: 'text', delta: choice.delta.content };
        }
        for (const part of choice.delta.tool_calls ?? []) {
          const call = calls.get(part.index) ?? { id: '', name: '', args: '' };
          if (part.id) call.id = part.id;
          if (part.function?.name) call.name += part.function.name;
          if (part.function?.arguments) call.args += part.function.arguments;
          calls.set(part.index, call);
        }
        if (choice.finish_reason) finish = choice.finish_reason;
      }
      if (finish === null)
        throw new LlmProtocolError('The model stream ended before the answer was finished');
      const toolCalls = [...calls.entries()]
        .sort(([a], [b]) => a - b)
        .map(([, call]) => {
          if (!call.id || !call.name)
            throw new LlmProtocolError('The model sent a tool call without an id or name');
          return { id: call.id, name: call.name, input: parseToolInput(call.name, call.args) };
        });
      yield {
        type: 'done',
        response: { text, toolCalls, stopReason: stopReasonOf(finish, toolCalls.length), usage },
      };
    },
  };
}
