import { describe, expect, it } from 'vitest';
import { createModelPolicy, withModelPolicy } from './model-policy.js';
import type { LlmProvider, LlmRequest } from './provider.js';

const policy = createModelPolicy({ defaultModel: 'claude-a', allowedModels: ['claude-a', 'claude-b'] });

describe('model policy', () => {
  it('uses the default model and 1000 output tokens when the client names neither', () => {
    expect(policy.decide({})).toEqual({ allowed: true, model: 'claude-a', maxTokens: 1000 });
  });

  it('allows only the configured model when no allow-list is given', () => {
    const only = createModelPolicy({ defaultModel: 'llama3' });
    expect(only.allowedModels).toEqual(['llama3']);
    expect(only.decide({ model: 'gpt-4o' })).toMatchObject({ allowed: false, code: 'model_not_allowed' });
  });

  it.each([
    [{ model: 'gpt-4o' }, 'model_not_allowed'],
    [{ model: 'CLAUDE-A' }, 'model_not_allowed'],
    [{ model: 'claude-a ' }, 'model_not_allowed'],
    [{ model: '' }, 'model_not_allowed'],
    [{ maxTokens: 1_000_000_000 }, 'max_tokens_too_large'],
    [{ maxTokens: 4001 }, 'max_tokens_too_large'],
    [{ maxTokens: 0 }, 'max_tokens_too_large'],
    [{ maxTokens: -5 }, 'max_tokens_too_large'],
    [{ maxTokens: 2.5 }, 'max_tokens_too_large'],
  ])('refuses %j with %s', (ask, code) => {
    expect(policy.decide(ask)).toMatchObject({ allowed: false, code });
  });

  it.each([
    [
      { model: 'claude-b', maxTokens: 4000 },
      { model: 'claude-b', maxTokens: 4000 },
    ],
    [{ maxTokens: 1 }, { model: 'claude-a', maxTokens: 1 }],
  ])('allows %j', (ask, expected) => {
    expect(policy.decide(ask)).toEqual({ allowed: true, ...expected });
  });

  it.each([
    [{ defaultModel: 'a', allowedModels: ['b'] }, /allow-list/],
    [{ defaultModel: '' }, /defaultModel/],
    [{ defaultModel: 'a', maxTokensCap: 4001 }, /maxTokensCap/],
    [{ defaultModel: 'a', defaultMaxTokens: 2000, maxTokensCap: 1500 }, /defaultMaxTokens/],
  ])('rejects options %j at start-up', (options, message) => {
    expect(() => createModelPolicy(options)).toThrow(message);
  });
});

describe('the policy on every provider call', () => {
  const sent: LlmRequest[] = [];
  const provider: LlmProvider = {
    name: 'fake',
    model: 'claude-a',
    async complete(request) {
      sent.push(request);
      return { text: '', toolCalls: [], stopReason: 'end', usage: { inputTokens: 0, outputTokens: 0 } };
    },
    async *stream(request) {
      sent.push(request);
      yield { type: 'text', delta: '' };
    },
  };
  const base: LlmRequest = {
    system: 's',
    messages: [],
    tools: [],
    maxTokens: 500,
    context: { now: new Date(0), timeZone: 'UTC' },
  };

  it('fills in the default model and refuses another before it reaches the provider', async () => {
    const denials: unknown[] = [];
    const guarded = withModelPolicy(provider, policy, (d) => denials.push(d));
    await guarded.complete(base);
    expect(sent.at(-1)).toMatchObject({ model: 'claude-a', maxTokens: 500 });
    const before = sent.length;
    await expect(guarded.complete({ ...base, model: 'gpt-4o' })).rejects.toMatchObject({
      code: 'model_not_allowed',
    });
    await expect(async () => {
      for await (const _ of guarded.stream({ ...base, maxTokens: 10 ** 9 })) void _;
    }).rejects.toMatchObject({ code: 'max_tokens_too_large' });
    expect(sent.length).toBe(before);
    expect(denials).toEqual([
      { code: 'model_not_allowed', model: 'gpt-4o', maxTokens: 500 },
      { code: 'max_tokens_too_large', model: undefined, maxTokens: 10 ** 9 },
    ]);
  });
});
