import { describe, expect, it } from 'vitest';
import { createManualClock } from '../clock.js';
import { AppError } from '../errors.js';
import { createCircuitBreaker, withCircuitBreaker } from './circuit-breaker.js';
import type { LlmProvider, LlmRequest, LlmResponse } from './provider.js';
import { isProviderFault } from './provider-errors.js';

const answer: LlmResponse = {
  text: 'ok',
  toolCalls: [],
  stopReason: 'end',
  usage: { inputTokens: 1, outputTokens: 1 },
};
const request: LlmRequest = {
  system: 's',
  messages: [{ role: 'user', content: 'hi' }],
  tools: [],
  maxTokens: 10,
  context: { now: new Date(0), timeZone: 'UTC' },
};

function flakyProvider() {
  const state = { fail: true, calls: 0 };
  const provider: LlmProvider = {
    name: 'fake',
    model: 'm',
    async complete() {
      state.calls += 1;
      if (state.fail) throw new Error('down');
      return answer;
    },
    async *stream() {
      state.calls += 1;
      if (state.fail) throw new Error('down');
      yield { type: 'text', delta: 'ok' };
      yield { type: 'done', response: answer };
    },
  };
  return { provider, state };
}

function setup() {
  const clock = createManualClock('2026-11-26T00:00:00Z');
  const breaker = createCircuitBreaker({ clock }, { failureThreshold: 3, openMs: 30_000 });
  const { provider, state } = flakyProvider();
  return { clock, breaker, state, guarded: withCircuitBreaker(provider, breaker) };
}

describe('circuit breaker around a provider', () => {
  it('opens after the threshold of consecutive failures and then refuses without calling', async () => {
    const { breaker, state, guarded } = setup();
    for (let i = 0; i < 3; i++) await expect(guarded.complete(request)).rejects.toThrow('down');
    expect(breaker.state()).toBe('open');
    await expect(guarded.complete(request)).rejects.toMatchObject({ code: 'llm_unavailable' });
    expect(state.calls).toBe(3);
  });

  it('lets one trial through after openMs and closes when it succeeds', async () => {
    const { clock, breaker, state, guarded } = setup();
    for (let i = 0; i < 3; i++) await expect(guarded.complete(request)).rejects.toThrow();
    clock.advance(29_999);
    await expect(guarded.complete(request)).rejects.toBeInstanceOf(AppError);
    clock.advance(1);
    expect(breaker.state()).toBe('half_open');
    state.fail = false;
    await expect(guarded.complete(request)).resolves.toEqual(answer);
    expect(breaker.state()).toBe('closed');
  });

  it('reopens at once when the trial fails, and allows only one trial at a time', async () => {
    const { clock, breaker, guarded } = setup();
    for (let i = 0; i < 3; i++) await expect(guarded.complete(request)).rejects.toThrow();
    clock.advance(30_000);
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
    breaker.failed();
    expect(breaker.state()).toBe('open');
  });

  it('a success resets the count, so failures must be consecutive', async () => {
    const { breaker, state, guarded } = setup();
    await expect(guarded.complete(request)).rejects.toThrow();
    await expect(guarded.complete(request)).rejects.toThrow();
    state.fail = false;
    await guarded.complete(request);
    state.fail = true;
    await expect(guarded.complete(request)).rejects.toThrow();
    await expect(guarded.complete(request)).rejects.toThrow();
    expect(breaker.state()).toBe('closed');
  });

  it('counts failed streams and a stream abandoned before its answer; a finished stream closes it', async () => {
    const { clock, breaker, state, guarded } = setup();
    for (let i = 0; i < 3; i++) {
      await expect(async () => {
        for await (const _ of guarded.stream(request)) void _;
      }).rejects.toThrow('down');
    }
    expect(breaker.state()).toBe('open');
    clock.advance(30_000);
    state.fail = false;
    for await (const event of guarded.stream(request)) if (event.type === 'done') break;
    expect(breaker.state()).toBe('closed');
    for (let i = 0; i < 3; i++) {
      for await (const _ of guarded.stream(request)) break;
    }
    expect(breaker.state()).toBe('open');
  });

  it.each([
    [{ failureThreshold: 0, openMs: 1000 }, /failureThreshold/],
    [{ failureThreshold: 2.5, openMs: 1000 }, /failureThreshold/],
    [{ failureThreshold: 3, openMs: 10 }, /openMs/],
  ])('rejects options %j at construction', (options, message) => {
    expect(() => createCircuitBreaker({ clock: createManualClock(0 as never) }, options)).toThrow(message);
  });
});

describe('which failures count against a provider', () => {
  const wrapped = (cause: unknown) => new AppError('llm_unavailable', undefined, { cause });
  it.each([
    ['a 500 from the OpenAI or Anthropic SDK', wrapped({ status: 500 }), true],
    ['a 429', wrapped({ status: 429 }), true],
    ['a 408', wrapped({ status: 408 }), true],
    ['an AWS 503', wrapped({ $metadata: { httpStatusCode: 503 } }), true],
    ['a refused connection', wrapped(new Error('ECONNREFUSED')), true],
    ['a broken answer', wrapped(new SyntaxError('Unexpected end of JSON input')), true],
    ['an abort at the turn deadline', new DOMException('aborted', 'AbortError'), true],
    ['a 400 for this request only', wrapped({ status: 400 }), false],
    ['an AWS validation error', wrapped({ $metadata: { httpStatusCode: 400 } }), false],
    ['a 401 (a wrong key is the operator’s problem, not an outage)', wrapped({ status: 401 }), false],
  ])('%s: %s', (_name, error, fault) => {
    expect(isProviderFault(error)).toBe(fault);
  });
});
