import { afterEach, describe, expect, it } from 'vitest';
import { type FakeAnswer, startFakeOpenAi } from '../../test/helpers/fake-openai.js';
import { createOpenAiProvider } from './openai-provider.js';
import type { LlmRequest, LlmStreamEvent } from './provider.js';
import { LlmProtocolError } from './tool-input.js';

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
    { name: 'create_event', description: 'Create an event', inputSchema: { type: 'object', properties: {} } },
  ],
  maxTokens: 1000,
  context: { now: new Date('2026-11-25T09:00:00Z'), timeZone: 'UTC' },
  ...overrides,
});

let fake: Awaited<ReturnType<typeof startFakeOpenAi>> | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function providerFor(script: FakeAnswer[], options: { timeoutMs?: number; maxRetries?: number } = {}) {
  fake = await startFakeOpenAi(script);
  return createOpenAiProvider({
    baseUrl: fake.url,
    apiKey: 'sk-test-123',
    model: 'llama3.1:8b',
    timeoutMs: options.timeoutMs ?? 5000,
    maxRetries: options.maxRetries ?? 0,
  });
}

async function collect(events: AsyncIterable<LlmStreamEvent>): Promise<LlmStreamEvent[]> {
  const out: LlmStreamEvent[] = [];
  for await (const event of events) out.push(event);
  return out;
}

describe('OpenAI-compatible provider against a local fake server', () => {
  it('sends the model, the cap, the system prompt first and the tool turn in OpenAI form', async () => {
    const provider = await providerFor([{ text: 'Booked for 10:00.' }]);
    const answer = await provider.complete(request());
    expect(answer).toMatchObject({
      text: 'Booked for 10:00.',
      stopReason: 'end',
      usage: { inputTokens: 11, outputTokens: 7 },
    });
    const sent = fake?.requests[0];
    if (!sent) throw new Error('the fake received nothing');
    expect(sent?.headers.authorization).toBe('Bearer sk-test-123');
    expect(sent?.body).toMatchObject({ model: 'llama3.1:8b', max_tokens: 1000, stream: false });
    expect((sent.body.messages as { role: string }[]).map((m) => m.role)).toEqual([
      'system',
      'user',
      'assistant',
      'tool',
    ]);
    expect((sent.body.messages as unknown[])[2]).toMatchObject({
      tool_calls: [
        {
          id: 't1',
          type: 'function',
          function: { name: 'find_free_slots', arguments: '{"day":"tomorrow"}' },
        },
      ],
    });
    expect(sent?.body.tools).toEqual([
      {
        type: 'function',
        function: {
          name: 'create_event',
          description: 'Create an event',
          parameters: { type: 'object', properties: {} },
        },
      },
    ]);
  });

  it('streams text word by word and assembles tool calls sent in fragments', async () => {
    const provider = await providerFor([
      {
        text: 'Let me book that. ',
        toolCalls: [{ name: 'create_event', arguments: '{"title":"Call with Sam","start":"10:00"}' }],
      },
    ]);
    const events = await collect(provider.stream(request()));
    const deltas = events.flatMap((e) => (e.type === 'text' ? [e.delta] : []));
    expect(deltas.join('')).toBe('Let me book that. ');
    expect(deltas.length).toBeGreaterThan(1);
    const done = events.at(-1);
    expect(done).toMatchObject({
      type: 'done',
      response: {
        stopReason: 'tool_use',
        toolCalls: [
          { id: 'call_0', name: 'create_event', input: { title: 'Call with Sam', start: '10:00' } },
        ],
        usage: { inputTokens: 11, outputTokens: 7 },
      },
    });
    expect(fake?.requests[0]?.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it('retries a 429 and a 503 with backoff, then answers', async () => {
    const provider = await providerFor([{ status: 429 }, { status: 503 }, { text: 'ok' }], { maxRetries: 2 });
    expect((await provider.complete(request())).text).toBe('ok');
    expect(fake?.requests).toHaveLength(3);
  });

  it.each([
    ['a stream cut before the answer ends', [{ truncate: true }] as FakeAnswer[], 'stream', LlmProtocolError],
    [
      'tool arguments that are not JSON',
      [{ text: '', toolCalls: [{ name: 'create_event', arguments: '{"title":' }] }] as FakeAnswer[],
      'complete',
      LlmProtocolError,
    ],
    [
      'tool arguments that are not an object',
      [{ text: '', toolCalls: [{ name: 'create_event', arguments: '[1,2]' }] }] as FakeAnswer[],
      'stream',
      LlmProtocolError,
    ],
    ['a JSON body cut short', [{ truncate: true }] as FakeAnswer[], 'complete', Error],
    ['a 400 that is not retried', [{ status: 400 }, { text: 'never' }] as FakeAnswer[], 'complete', Error],
  ])('fails cleanly on %s', async (_name, script, mode, kind) => {
    const provider = await providerFor(script);
    const call = mode === 'stream' ? collect(provider.stream(request())) : provider.complete(request());
    await expect(call).rejects.toBeInstanceOf(kind);
  });

  it('gives up on a server that never answers, at the turn deadline', async () => {
    const provider = await providerFor([{ hang: true }]);
    const started = Date.now();
    await expect(provider.complete(request({ signal: AbortSignal.timeout(300) }))).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
