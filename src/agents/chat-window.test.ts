import { describe, expect, it } from 'vitest';
import type { LlmMessage } from '../llm/provider.js';
import { historyWindow } from './chat-service.js';

const turn = (i: number, size = 10): LlmMessage[] => [
  { role: 'user', content: `q${i}`.padEnd(size, '.') },
  { role: 'assistant', content: `a${i}`.padEnd(size, '.') },
];

describe('the history window a model sees', () => {
  it('keeps the last 20 messages, oldest first, starting with a user message', () => {
    const history = Array.from({ length: 15 }, (_, i) => turn(i)).flat();
    const kept = historyWindow(history);
    expect(kept).toHaveLength(20);
    expect(kept[0]).toMatchObject({ role: 'user', content: expect.stringMatching(/^q5/) });
    expect(kept.at(-1)).toMatchObject({ role: 'assistant', content: expect.stringMatching(/^a14/) });
  });

  it('drops an assistant message left first by the count, which Anthropic and Bedrock refuse', () => {
    const history = [
      { role: 'assistant', content: 'a' } as const,
      ...Array.from({ length: 10 }, (_, i) => turn(i)).flat(),
    ];
    expect(historyWindow(history.slice(-21))[0]?.role).toBe('user');
    expect(historyWindow([{ role: 'assistant', content: 'hello' }])).toEqual([]);
  });

  it('keeps at most 24,000 characters, dropping the oldest', () => {
    const history = Array.from({ length: 5 }, (_, i) => turn(i, 5000)).flat();
    const kept = historyWindow(history);
    expect(kept.reduce((n, m) => n + m.content.length, 0)).toBeLessThanOrEqual(24_000);
    expect(kept).toHaveLength(4);
    expect(kept[0]?.content).toMatch(/^q3/);
  });
});
