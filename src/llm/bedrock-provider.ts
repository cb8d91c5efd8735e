import {
  BedrockRuntimeClient,
  type BedrockRuntimeClientConfig,
  type ContentBlock,
  ConverseCommand,
  type ConverseCommandInput,
  ConverseStreamCommand,
  type ConverseStreamOutput,
  type Message,
  type ToolUseBlock,
} from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type {
  LlmMessage,
  LlmProvider,
  LlmRequest,
  LlmResponse,
  LlmStreamEvent,
  LlmToolCall,
} from './provider.js';
import { LlmProtocolError, parseToolInput, toolInput } from './tool-input.js';

/** Options of the Amazon Bedrock provider (Converse and ConverseStream). */
export interface BedrockProviderOptions {
  readonly region: string;
  /** A VPC endpoint or a test server; by default the SDK derives it from the region. */
  readonly endpoint?: string;
  /** A model or inference-profile id, e.g. `anthropic.claude-3-5-sonnet-20241022-v2:0`. */
  readonly modelId: string;
  /** Per attempt; the turn's deadline (AGENT_TIMEOUT_MS) aborts through the request's signal. */
  readonly timeoutMs: number;
  /** Retries on throttling, 5xx and connection errors, with the SDK's exponential backoff. @default 2 */
  readonly maxRetries?: number;
  /** Keys or a provider of them; absent, the SDK's default chain is used (environment, profile, IAM role). */
  readonly credentials?: BedrockRuntimeClientConfig['credentials'];
}

type Document = NonNullable<ToolUseBlock['input']>;

// Exceptions Bedrock can send inside a stream that has already answered 200.
const streamExceptions = [
  'internalServerException',
  'modelStreamErrorException',
  'throttlingException',
  'validationException',
  'serviceUnavailableException',
] as const;

function toContent(message: LlmMessage): ContentBlock[] {
  if (message.role === 'user') return [{ text: message.content }];
  if (message.role === 'tool')
    return [{ toolResult: { toolUseId: message.toolCallId, content: [{ text: message.content }] } }];
  return [
    ...(message.content ? [{ text: message.content }] : []),
    ...(message.toolCalls ?? []).map((call) => ({
      toolUse: { toolUseId: call.id, name: call.name, input: call.input as Document },
    })),
  ];
}

/** Bedrock wants user and assistant turns to alternate, so tool results join the user turn. */
function toMessages(messages: readonly LlmMessage[]): Message[] {
  const out: Message[] = [];
  for (const message of messages) {
    const role = message.role === 'assistant' ? 'assistant' : 'user';
    const content = toContent(message);
    // An empty content list is rejected outright; an empty assistant turn carries nothing anyway.
    if (content.length === 0) continue;
    const last = out.at(-1);
    if (last?.role === role) last.content = [...(last.content ?? []), ...content];
    else out.push({ role, content });
  }
  return out;
}

function toInput(modelId: string, request: LlmRequest): ConverseCommandInput {
  return {
    modelId: request.model ?? modelId,
    system: [{ text: request.system }],
    messages: toMessages(request.messages),
    inferenceConfig: { maxTokens: request.maxTokens },
    ...(request.tools.length > 0
      ? {
          toolConfig: {
            tools: request.tools.map((tool) => ({
              toolSpec: {
                name: tool.name,
                description: tool.description,
                inputSchema: { json: tool.inputSchema as Document },
              },
            })),
          },
        }
      : {}),
  };
}

function toToolCall(id: string | undefined, name: string | undefined, input: unknown): LlmToolCall {
  if (!id || !name) throw new LlmProtocolError('The model sent a tool call without an id or name');
  return { id, name, input: toolInput(name, input) };
}

function stopReasonOf(reason: string | undefined): LlmResponse['stopReason'] {
  if (reason === 'tool_use') return 'tool_use';
  return reason === 'max_tokens' ? 'max_tokens' : 'end';
}

/** The SDK throws these itself; the check keeps a modelled exception event from passing as an answer. */
function streamException(event: ConverseStreamOutput): Error | undefined {
  for (const key of streamExceptions) {
    const exception = event[key];
    if (exception) return new Error(`Bedrock stream failed with ${key}: ${exception.message ?? ''}`);
  }
  return undefined;
}

/** An `LlmProvider` over Amazon Bedrock's Converse API, streaming included; requests are SigV4-signed. */
export function createBedrockProvider(options: BedrockProviderOptions): LlmProvider {
  const client = new BedrockRuntimeClient({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    // Explicit keys must win over an ambient AWS_BEARER_TOKEN_BEDROCK, which would switch to bearer auth.
    ...(options.credentials ? { credentials: options.credentials, authSchemePreference: ['sigv4'] } : {}),
    maxAttempts: (options.maxRetries ?? 2) + 1,
    // The default handler speaks HTTP/2. requestTimeout alone only logs a warning, and it stops at
    // the response headers; socketTimeout also catches a stream that stalls halfway.
    requestHandler: new NodeHttpHandler({
      connectionTimeout: Math.min(options.timeoutMs, 10_000),
      requestTimeout: options.timeoutMs,
      throwOnRequestTimeout: true,
      socketTimeout: options.timeoutMs,
    }),
  });

  return {
    name: 'bedrock',

    async check() {
      // The runtime API has no free call; resolving the credential chain (environment, profile, IAM
      // role) is the cheap part that fails when the server cannot sign, and the circuit breaker
      // reports a Bedrock that fails real calls.
      const credentials = await client.config.credentials();
      if (!credentials.accessKeyId) throw new Error('No AWS credentials');
    },
    model: options.modelId,

    async complete(request) {
      const output = await client.send(new ConverseCommand(toInput(options.modelId, request)), {
        abortSignal: request.signal,
      });
      let text = '';
      const toolCalls: LlmToolCall[] = [];
      for (const block of output.output?.message?.content ?? []) {
        if (block.text !== undefined) text += block.text;
        else if (block.toolUse)
          toolCalls.push(toToolCall(block.toolUse.toolUseId, block.toolUse.name, block.toolUse.input));
      }
      return {
        text,
        toolCalls,
        stopReason: stopReasonOf(output.stopReason),
        usage: {
          inputTokens: output.usage?.inputTokens ?? 0,
          outputTokens: output.usage?.outputTokens ?? 0,
        },
      };
    },

    async *stream(request): AsyncIterable<LlmStreamEvent> {
      const response = await client.send(new ConverseStreamCommand(toInput(options.modelId, request)), {
        abortSignal: request.signal,
      });
      if (!response.stream) throw new LlmProtocolError('The model answered without a stream');
      let text = '';
      let stopReason: string | undefined;
      let usage = { inputTokens: 0, outputTokens: 0 };
      // A tool call's id and name come in contentBlockStart, its input as JSON text in pieces.
      const calls = new Map<number, { id?: string; name?: string; input: string }>();
      for await (const event of response.stream) {
        const failure = streamException(event);
        if (failure) throw failure;
        const index =
          event.contentBlockStart?.contentBlockIndex ?? event.contentBlockDelta?.contentBlockIndex;
        const toolStart = event.contentBlockStart?.start?.toolUse;
        if (toolStart && index !== undefined) {
          calls.set(index, { id: toolStart.toolUseId, name: toolStart.name, input: '' });
        }
        const delta = event.contentBlockDelta?.delta;
        if (delta?.text) {
          text += delta.text;
          yield { type: 'text', delta: delta.text };
        }
        if (delta?.toolUse && index !== undefined) {
          const call = calls.get(index) ?? { input: '' };
          call.input += delta.toolUse.input ?? '';
          calls.set(index, call);
        }
        if (event.messageStop) stopReason = event.messageStop.stopReason ?? 'end_turn';
        if (event.metadata?.usage) {
          usage = {
            inputTokens: event.metadata.usage.inputTokens ?? 0,
            outputTokens: event.metadata.usage.outputTokens ?? 0,
          };
        }
      }
      if (stopReason === undefined)
        throw new LlmProtocolError('The model stream ended before the answer was finished');
      const toolCalls = [...calls.entries()]
        .sort(([a], [b]) => a - b)
        .map(([, call]) => toToolCall(call.id, call.name, parseToolInput(call.name ?? '', call.input)));
      yield { type: 'done', response: { text, toolCalls, stopReason: stopReasonOf(stopReason), usage } };
    },
  };
}
