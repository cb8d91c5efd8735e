import { describe, expect, it } from 'vitest';
import { createTokenBudget, estimateTokens } from './token-budget.js';

describe('token budget of one turn', () => {
  it('holds the estimated input plus the output cap until the call settles', () => {
    const budget = createTokenBudget(10_000);
    const held = budget.reserve(500, 1000);
    expect(held).toEqual({ reserved: 1500, maxTokens: 1000 });
    expect(budget.remaining()).toBe(8500);
    budget.settle(held as NonNullable<typeof held>, { inputTokens: 480, outputTokens: 120 });
    expect(budget.spent()).toBe(600);
    expect(budget.remaining()).toBe(9400);
  });

  it('shrinks the output cap to what is left, and refuses when less than the minimum fits', () => {
    const budget = createTokenBudget(2000, 64);
    expect(budget.reserve(1500, 1000)).toEqual({ reserved: 2000, maxTokens: 500 });
    expect(budget.reserve(0, 1000)).toBeUndefined();
  });

  it('refuses a call whose input alone leaves less than the minimum output', () => {
    const budget = createTokenBudget(1000, 64);
    expect(budget.reserve(937, 1000)).toBeUndefined();
    expect(budget.reserve(936, 1000)).toEqual({ reserved: 1000, maxTokens: 64 });
  });

  it('counts the whole hold as spent when a call fails without reporting usage', () => {
    const budget = createTokenBudget(5000);
    const held = budget.reserve(100, 1000);
    budget.settle(held as NonNullable<typeof held>, undefined);
    expect(budget.spent()).toBe(1100);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects a total of %s at construction', (total) => {
    expect(() => createTokenBudget(total)).toThrow(/totalTokens/);
  });

  it('estimates about four characters per token', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('abcde')).toBe(2);
  });
});
