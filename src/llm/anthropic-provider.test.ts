import {
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  OverloadedError,
} from '@anthropic-ai/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeAnthropicAnswer, startFakeAnthropic } from '../../test/helpers/fake-anthropic.js';
import { createAnthropicProvider } from './anthropic-provider.js';
import type { LlmRequest, LlmStreamEvent } from './provider.js';
import { LlmProtocolError } from './tool-input.js';

const KEY = 'sk-ant-test-123';
const MODEL = 'claude-sonnet-5-5';

const request = (overrides: Partial<LlmRequest> = {}): LlmRequest => ({
  system: 'You are the calendar agent.',
  messages: [
    { role: 'user', content: 'Book a call with Sam' },
    {
      role: 'assistant',
      content: '',
      toolCalls: [{ id: 't1', name: 'find_free_slots', input: { day: 'tomorrow' } }],
    },
    { role: 'tool', toolCallId: 't1', name: 'find_free_slots', content: '10:00-11:00' },
  ],
  tools: [
    {
      name: 'create_event',
      description: 'Create an event',
      inputSchema: { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] },
    },
  ],
  maxTokens: 1000,
  context: { now: new Date('2026-11-25T09:00:00Z'), timeZone: 'UTC' },
  ...overrides,
});

let fake: Awaited<ReturnType<typeof startFakeAnthropic>> | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function providerFor(
  script: FakeAnthropicAnswer[],
  options: { apiKey?: string; timeoutMs?: number; maxRetries?: number } = {},
) {
  fake = await startFakeAnthropic(script, KEY);
  return createAnthropicProvider({
    baseUrl: fake.url,
    apiKey: options.apiKey ?? KEY,
    model: MODEL,
    timeoutMs: options.timeoutMs ?? 5000,
    maxRetries: options.maxRetries ?? 0,
  });
}

async function collect(events: AsyncIterable<LlmStreamEvent>): Promise<LlmStreamEvent[]> {
  const out: LlmStreamEvent[] = [];
  for await (const event of events) out.push(event);
  return out;
}

function sent(index = 0) {
  const received = fake?.requests[index];
  if (!received) throw new Error(`the fake received no request #${index}`);
  return received;
}

describe('Anthropic provider against a local fake server', () => {
  it('sends the model, the cap, a top-level system prompt and the tools with input_schema', async () => {
    const provider = await providerFor([{ text: 'Booked for 10:00.' }]);
    const answer = await provider.complete(request());
    expect(provider).toMatchObject({ name: 'anthropic', model: MODEL });
    expect(answer).toEqual({
      text: 'Booked for 10:00.',
      toolCalls: [],
      stopReason: 'end',
      usage: { inputTokens: 11, outputTokens: 7 },
    });
    const { method, url, headers, body } = sent();
    expect([method, url]).toEqual(['POST', '/v1/messages']);
    expect(body).toMatchObject({
      model: MODEL,
      max_tokens: 1000,
      system: 'You are the calendar agent.',
      stream: false,
    });
    expect(body.tools).toEqual([
      {
        name: 'create_event',
        description: 'Create an event',
        input_schema: { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] },
      },
    ]);
    const roles = (body.messages as { role: string }[]).map((m) => m.role);
    expect(roles).not.toContain('system');
    expect(roles).toEqual(['user', 'assistant', 'user']);
    expect(body.messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'Book a call with Sam' }] },
      {
        role: 'assistant',
        content: [{ type: 'tool_use', id: 't1', name: 'find_free_slots', input: { day: 'tomorrow' } }],
      },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: '10:00-11:00' }] },
    ]);
    const carriesKey = headers['x-api-key'] === KEY || headers.authorization === `Bearer ${KEY}`;
    expect(carriesKey).toBe(true);
    expect(headers['anthropic-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('groups consecutive tool results and a following user message into one user turn', async () => {
    const provider = await providerFor([{ text: 'Done.' }]);
    await provider.complete(
      request({
        tools: [],
        messages: [
          { role: 'user', content: 'Move both meetings' },
          {
            role: 'assistant',
            content: 'Moving them.',
            toolCalls: [
              { id: 'a', name: 'move_event', input: { id: 1 } },
              { id: 'b', name: 'move_event', input: { id: 2 } },
            ],
          },
          { role: 'tool', toolCallId: 'a', name: 'move_event', content: 'moved 1' },
          { role: 'tool', toolCallId: 'b', name: 'move_event', content: 'moved 2' },
          { role: 'user', content: 'Thanks' },
        ],
      }),
    );
    const { body } = sent();
    expect(body).not.toHaveProperty('tools');
    expect(body.messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'Move both meetings' }] },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Moving them.' },
          { type: 'tool_use', id: 'a', name: 'move_event', input: { id: 1 } },
          { type: 'tool_use', id: 'b', name: 'move_event', input: { id: 2 } },
        ],
      },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: 'a', content: 'moved 1' },
          { type: 'tool_result', tool_use_id: 'b', content: 'moved 2' },
          { type: 'text', text: 'Thanks' },
        ],
      },
    ]);
  });

  it('sends the model a request names instead of the configured one', async () => {
    const provider = await providerFor([{ text: 'ok' }, { text: 'ok' }]);
    await provider.complete(request({ model: 'claude-haiku-5-5' }));
    await collect(provider.stream(request({ model: 'claude-opus-5-5' })));
    expect([sent(0).body.model, sent(1).body.model]).toEqual(['claude-haiku-5-5', 'claude-opus-5-5']);
  });

  it('maps a non-streamed tool_use answer to tool calls', async () => {
    const provider = await providerFor([
      { text: 'Let me book that.', toolCalls: [{ name: 'create_event', input: { title: 'Call with Sam' } }] },
    ]);
    expect(await provider.complete(request())).toEqual({
      text: 'Let me book that.',
      toolCalls: [{ id: 'toolu_fake_0', name: 'create_event', input: { title: 'Call with Sam' } }],
      stopReason: 'tool_use',
      usage: { inputTokens: 11, outputTokens: 7 },
    });
  });

  it('streams text in several deltas, then assembles tool input sent in fragments', async () => {
    const provider = await providerFor([
      {
        text: 'Let me book that. ',
        toolCalls: [{ name: 'create_event', input: { title: 'Call with Sam', start: '10:00' } }],
      },
    ]);
    const events = await collect(provider.stream(request()));
    const deltas = events.flatMap((e) => (e.type === 'text' ? [e.delta] : []));
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe('Let me book that. ');
    expect(events.filter((e) => e.type === 'done')).toHaveLength(1);
    expect(events.at(-1)).toEqual({
      type: 'done',
      response: {
        text: 'Let me book that. ',
        toolCalls: [
          { id: 'toolu_fake_0', name: 'create_event', input: { title: 'Call with Sam', start: '10:00' } },
        ],
        stopReason: 'tool_use',
        usage: { inputTokens: 11, outputTokens: 7 },
      },
    });
    expect(sent().body).toMatchObject({ stream: true, system: 'You are the calendar agent.' });
  });

  it('streams a plain text answer to the end', async () => {
    const provider = await providerFor([{ text: 'You are free all afternoon.' }]);
    const events = await collect(provider.stream(request()));
    expect(events.at(-1)).toEqual({
      type: 'done',
      response: {
        text: 'You are free all afternoon.',
        toolCalls: [],
        stopReason: 'end',
        usage: { inputTokens: 11, outputTokens: 7 },
      },
    });
  });

  it.each(['complete', 'stream'] as const)('reports max_tokens as max_tokens (%s)', async (mode) => {
    const provider = await providerFor([{ text: 'A long answer that got cut', stopReason: 'max_tokens' }]);
    const response =
      mode === 'complete'
        ? await provider.complete(request())
        : (await collect(provider.stream(request()))).flatMap((e) =>
            e.type === 'done' ? [e.response] : [],
          )[0];
    expect(response?.stopReason).toBe('max_tokens');
  });

  it('retries a 429 once, then answers', async () => {
    const provider = await providerFor([{ status: 429 }, { text: 'ok' }], { maxRetries: 1 });
    expect((await provider.complete(request())).text).toBe('ok');
    expect(fake?.requests).toHaveLength(2);
  });

  it('gives up on a 500 when no retry is allowed', async () => {
    const provider = await providerFor([{ status: 500 }, { text: 'never' }], { maxRetries: 0 });
    await expect(provider.complete(request())).rejects.toBeInstanceOf(InternalServerError);
    expect(fake?.requests).toHaveLength(1);
  });

  it('surfaces a wrong key as a 401 and does not retry it', async () => {
    const provider = await providerFor([{ text: 'never' }], { apiKey: 'sk-ant-wrong', maxRetries: 2 });
    const error = await provider.complete(request()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({
      status: 401,
      error: { type: 'error', error: { type: 'authentication_error' } },
    });
    expect(fake?.requests).toHaveLength(1);
    expect(fake?.script).toHaveLength(1);
  });

  it.each([
    ['a stream cut before message_stop', [{ truncate: true }], 'stream', LlmProtocolError, 1],
    ['a JSON body cut short', [{ truncate: true }], 'complete', SyntaxError, 1],
    ['a 200 that is HTML, not JSON', [{ garbage: true }], 'complete', LlmProtocolError, 1],
    ['a 200 stream that is not server-sent events', [{ garbage: true }], 'stream', LlmProtocolError, 1],
    [
      'streamed tool input that is not JSON',
      [{ text: '', toolCalls: [{ name: 'create_event', input: '{"title":' }] }],
      'stream',
      LlmProtocolError,
      1,
    ],
    [
      'streamed tool input that is not an object',
      [{ text: '', toolCalls: [{ name: 'create_event', input: '[1,2]' }] }],
      'stream',
      LlmProtocolError,
      1,
    ],
    [
      'a tool input that is not an object',
      [{ text: '', toolCalls: [{ name: 'create_event', input: '{"title":"x"}' }] }],
      'complete',
      LlmProtocolError,
      1,
    ],
    ['a 400, which is not retried', [{ status: 400 }, { text: 'never' }], 'complete', BadRequestError, 1],
    ['a 529 after its retries', [{ status: 529 }, { status: 529 }], 'stream', OverloadedError, 2],
  ] as [string, FakeAnthropicAnswer[], 'complete' | 'stream', new (...args: never[]) => Error, number][])(
    'fails cleanly on %s',
    async (_name, script, mode, kind, attempts) => {
      const provider = await providerFor(script, { maxRetries: 1 });
      const call = mode === 'stream' ? collect(provider.stream(request())) : provider.complete(request());
      await expect(call).rejects.toBeInstanceOf(kind);
      expect(fake?.requests).toHaveLength(attempts);
    },
  );

  it.each(['complete', 'stream'] as const)(
    'gives up on a server that stalls, at the turn deadline (%s)',
    async (mode) => {
      const provider = await providerFor([{ hang: true }]);
      const signal = AbortSignal.timeout(200);
      const started = Date.now();
      const call =
        mode === 'stream'
          ? collect(provider.stream(request({ signal })))
          : provider.complete(request({ signal }));
      const error = await call.catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(signal.aborted).toBe(true);
      // Before the headers the SDK throws its own abort error; mid-stream it ends quietly, and the
      // provider rethrows the signal's reason rather than calling the answer unfinished.
      if (mode === 'complete') expect(error).toBeInstanceOf(APIUserAbortError);
      else expect(error).toBe(signal.reason);
    },
  );
});
