import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FakeBedrockAnswer, startFakeBedrock } from '../../test/helpers/fake-bedrock.js';
import { createBedrockProvider } from './bedrock-provider.js';
import type { LlmProvider, LlmRequest, LlmStreamEvent } from './provider.js';
import { LlmProtocolError } from './tool-input.js';

const modelId = 'anthropic.claude-3-5-sonnet-20241022-v2:0';
const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret-test' };

const request = (overrides: Partial<LlmRequest> = {}): LlmRequest => ({
  system: 'You are the calendar agent.',
  messages: [
    { role: 'user', content: 'Book a call with Sam' },
    {
      role: 'assistant',
      content: '',
      toolCalls: [
        { id: 't1', name: 'find_free_slots', input: { day: 'tomorrow' } },
        { id: 't2', name: 'find_contact', input: { name: 'Sam' } },
      ],
    },
    { role: 'tool', toolCallId: 't1', name: 'find_free_slots', content: '10:00-11:00' },
    { role: 'tool', toolCallId: 't2', name: 'find_contact', content: 'sam@example.com' },
  ],
  tools: [
    { name: 'create_event', description: 'Create an event', inputSchema: { type: 'object', properties: {} } },
  ],
  maxTokens: 1000,
  context: { now: new Date('2026-11-25T09:00:00Z'), timeZone: 'UTC' },
  ...overrides,
});

let fake: Awaited<ReturnType<typeof startFakeBedrock>> | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await fake?.close();
  fake = undefined;
});

async function providerFor(
  script: FakeBedrockAnswer[],
  options: { timeoutMs?: number; maxRetries?: number; secretAccessKey?: string; accessKeyId?: string } = {},
): Promise<LlmProvider> {
  fake = await startFakeBedrock(script);
  return createBedrockProvider({
    region: 'us-east-1',
    endpoint: fake.url,
    modelId,
    timeoutMs: options.timeoutMs ?? 5000,
    maxRetries: options.maxRetries ?? 0,
    credentials: {
      accessKeyId: options.accessKeyId ?? credentials.accessKeyId,
      secretAccessKey: options.secretAccessKey ?? credentials.secretAccessKey,
    },
  });
}

function sent(index = 0) {
  const received = fake?.requests[index];
  if (!received) throw new Error(`the fake received no request #${index}`);
  return received;
}

async function collect(events: AsyncIterable<LlmStreamEvent>): Promise<LlmStreamEvent[]> {
  const out: LlmStreamEvent[] = [];
  for await (const event of events) out.push(event);
  return out;
}

const run = (provider: LlmProvider, mode: 'complete' | 'stream', overrides: Partial<LlmRequest> = {}) =>
  mode === 'stream' ? collect(provider.stream(request(overrides))) : provider.complete(request(overrides));

describe('Bedrock provider against a local fake server', () => {
  it('sends a SigV4-signed Converse request: model in the path, system as blocks, tool results in one user turn', async () => {
    const provider = await providerFor([{ text: 'Booked for 10:00.' }]);
    expect(provider).toMatchObject({ name: 'bedrock', model: modelId });
    const answer = await provider.complete(request());
    expect(answer).toEqual({
      text: 'Booked for 10:00.',
      toolCalls: [],
      stopReason: 'end',
      usage: { inputTokens: 11, outputTokens: 7 },
    });

    const { path, headers, body } = sent();
    expect(path).toBe('/model/anthropic.claude-3-5-sonnet-20241022-v2%3A0/converse');
    expect(headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/us-east-1\/bedrock\/aws4_request, SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*, Signature=[0-9a-f]{64}$/,
    );
    expect(headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
    expect(body.modelId).toBeUndefined();
    expect(body.inferenceConfig).toEqual({ maxTokens: 1000 });
    expect(body.system).toEqual([{ text: 'You are the calendar agent.' }]);
    expect(body.messages).toEqual([
      { role: 'user', content: [{ text: 'Book a call with Sam' }] },
      {
        role: 'assistant',
        content: [
          { toolUse: { toolUseId: 't1', name: 'find_free_slots', input: { day: 'tomorrow' } } },
          { toolUse: { toolUseId: 't2', name: 'find_contact', input: { name: 'Sam' } } },
        ],
      },
      {
        role: 'user',
        content: [
          { toolResult: { toolUseId: 't1', content: [{ text: '10:00-11:00' }] } },
          { toolResult: { toolUseId: 't2', content: [{ text: 'sam@example.com' }] } },
        ],
      },
    ]);
    expect(body.toolConfig).toEqual({
      tools: [
        {
          toolSpec: {
            name: 'create_event',
            description: 'Create an event',
            inputSchema: { json: { type: 'object', properties: {} } },
          },
        },
      ],
    });
  });

  it('merges adjacent turns of one role, keeps assistant text, and leaves out toolConfig without tools', async () => {
    const provider = await providerFor([{ text: 'ok' }]);
    await provider.complete(
      request({
        tools: [],
        messages: [
          { role: 'user', content: 'Hi' },
          { role: 'user', content: 'Are you there?' },
          {
            role: 'assistant',
            content: 'Checking.',
            toolCalls: [{ id: 't1', name: 'ping', input: {} }],
          },
          { role: 'tool', toolCallId: 't1', name: 'ping', content: 'pong' },
          { role: 'user', content: 'Well?' },
        ],
      }),
    );
    const { body } = sent();
    expect(body).not.toHaveProperty('toolConfig');
    expect(body.messages).toEqual([
      { role: 'user', content: [{ text: 'Hi' }, { text: 'Are you there?' }] },
      {
        role: 'assistant',
        content: [{ text: 'Checking.' }, { toolUse: { toolUseId: 't1', name: 'ping', input: {} } }],
      },
      {
        role: 'user',
        content: [{ toolResult: { toolUseId: 't1', content: [{ text: 'pong' }] } }, { text: 'Well?' }],
      },
    ]);
  });

  it('sends a per-request model id in place of the configured one', async () => {
    const provider = await providerFor([{ text: 'ok' }, { text: 'ok' }]);
    await provider.complete(request({ model: 'amazon.nova-pro-v1:0' }));
    await collect(provider.stream(request({ model: 'amazon.nova-pro-v1:0' })));
    expect(fake?.requests.map((r) => r.path)).toEqual([
      '/model/amazon.nova-pro-v1%3A0/converse',
      '/model/amazon.nova-pro-v1%3A0/converse-stream',
    ]);
  });

  it('maps a tool-use answer without streaming', async () => {
    const provider = await providerFor([
      { text: 'Let me book that.', toolCalls: [{ name: 'create_event', input: { title: 'Call with Sam' } }] },
    ]);
    expect(await provider.complete(request())).toEqual({
      text: 'Let me book that.',
      toolCalls: [{ id: 'tooluse_0', name: 'create_event', input: { title: 'Call with Sam' } }],
      stopReason: 'tool_use',
      usage: { inputTokens: 11, outputTokens: 7 },
    });
  });

  it('streams text in several deltas and assembles tool input sent in fragments', async () => {
    const provider = await providerFor([
      {
        text: 'Let me book that for you. ',
        toolCalls: [{ name: 'create_event', input: { title: 'Call with Sam', start: '10:00' } }],
      },
    ]);
    const events = await collect(provider.stream(request()));
    const deltas = events.flatMap((e) => (e.type === 'text' ? [e.delta] : []));
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe('Let me book that for you. ');
    expect(events.at(-1)).toEqual({
      type: 'done',
      response: {
        text: 'Let me book that for you. ',
        toolCalls: [
          { id: 'tooluse_0', name: 'create_event', input: { title: 'Call with Sam', start: '10:00' } },
        ],
        stopReason: 'tool_use',
        usage: { inputTokens: 11, outputTokens: 7 },
      },
    });
    expect(sent().path).toBe('/model/anthropic.claude-3-5-sonnet-20241022-v2%3A0/converse-stream');
    expect(sent().headers.authorization).toMatch(/Credential=AKIDTEST\/\d{8}\/us-east-1\/bedrock\//);
  });

  it('streams a plain text answer to an end stop', async () => {
    const provider = await providerFor([{ text: 'Nothing to book.' }]);
    const events = await collect(provider.stream(request()));
    expect(events.at(-1)).toMatchObject({
      type: 'done',
      response: { text: 'Nothing to book.', toolCalls: [], stopReason: 'end' },
    });
  });

  it.each(['complete', 'stream'] as const)(
    'retries a ThrottlingException (429), then answers (%s)',
    async (mode) => {
      const provider = await providerFor(
        [{ status: 429, errorType: 'ThrottlingException' }, { text: 'ok' }],
        {
          maxRetries: 1,
        },
      );
      await expect(run(provider, mode)).resolves.toBeDefined();
      expect(fake?.requests).toHaveLength(2);
      expect(sent(1).headers['amz-sdk-request']).toBe('attempt=2; max=2');
    },
  );

  it.each([
    ['a wrong secret key', { secretAccessKey: 'not-the-secret' }, 'InvalidSignatureException'],
    ['an unknown access key id', { accessKeyId: 'AKIDOTHER' }, 'UnrecognizedClientException'],
  ])('is refused with 403 on %s, without a retry', async (_name, identity, errorName) => {
    const provider = await providerFor([{ text: 'never' }], { ...identity, maxRetries: 2 });
    const error = await provider.complete(request()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: errorName, $metadata: { httpStatusCode: 403 } });
    expect(fake?.requests).toHaveLength(1);
    expect(fake?.script).toHaveLength(1);
  });

  it('signs with the explicit keys even when AWS_BEARER_TOKEN_BEDROCK is set', async () => {
    vi.stubEnv('AWS_BEARER_TOKEN_BEDROCK', 'ambient-bearer-token');
    const provider = await providerFor([{ text: 'ok' }]);
    expect((await provider.complete(request())).text).toBe('ok');
    expect(sent().headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDTEST\//);
  });

  it.each([
    [
      'a 500 InternalServerException with no retries left',
      [{ status: 500, errorType: 'InternalServerException' }, { text: 'never' }] as FakeBedrockAnswer[],
      'complete',
      Error,
      'InternalServerException',
    ],
    [
      'a 400 ValidationException, which is not retried',
      [{ status: 400, errorType: 'ValidationException' }, { text: 'never' }] as FakeBedrockAnswer[],
      'stream',
      Error,
      'ValidationException',
    ],
    [
      'a stream cut before messageStop',
      [{ truncate: true }] as FakeBedrockAnswer[],
      'stream',
      LlmProtocolError,
    ],
    ['a JSON body cut short', [{ truncate: true }] as FakeBedrockAnswer[], 'complete', Error, 'SyntaxError'],
    [
      'a modelStreamErrorException inside the stream',
      [{ streamError: 'modelStreamErrorException' }] as FakeBedrockAnswer[],
      'stream',
      Error,
      'ModelStreamErrorException',
    ],
    [
      'a throttlingException inside the stream',
      [{ streamError: 'throttlingException' }] as FakeBedrockAnswer[],
      'stream',
      Error,
      'ThrottlingException',
    ],
    [
      'streamed tool input that is not JSON',
      [{ text: '', toolCalls: [{ name: 'create_event', input: '{"title":"Call' }] }] as FakeBedrockAnswer[],
      'stream',
      LlmProtocolError,
    ],
    [
      'streamed tool input that is not an object',
      [{ text: '', toolCalls: [{ name: 'create_event', input: '[1,2]' }] }] as FakeBedrockAnswer[],
      'stream',
      LlmProtocolError,
    ],
    [
      'tool input that is a string, not an object',
      [{ text: '', toolCalls: [{ name: 'create_event', input: '{"title":' }] }] as FakeBedrockAnswer[],
      'complete',
      LlmProtocolError,
    ],
  ] as const)('fails cleanly on %s', async (_name, script, mode, kind, errorName?: string) => {
    const provider = await providerFor([...script]);
    const error = await run(provider, mode).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(kind);
    if (errorName) expect(error).toHaveProperty('name', errorName);
    expect(fake?.requests).toHaveLength(1);
  });

  it.each(['complete', 'stream'] as const)(
    'is cut promptly by the abort signal on a hanging server (%s)',
    async (mode) => {
      const provider = await providerFor([{ hang: true }], { maxRetries: 2 });
      const started = Date.now();
      await expect(run(provider, mode, { signal: AbortSignal.timeout(200) })).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(2000);
      expect(fake?.requests).toHaveLength(1);
    },
  );

  it.each(['complete', 'stream'] as const)(
    'gives up on a hanging server after timeoutMs without a signal (%s)',
    async (mode) => {
      const provider = await providerFor([{ hang: true }], { timeoutMs: 300 });
      const started = Date.now();
      await expect(run(provider, mode)).rejects.toMatchObject({ name: 'TimeoutError' });
      expect(Date.now() - started).toBeLessThan(2000);
    },
  );
});
