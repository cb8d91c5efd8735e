import { describe, expect, it } from 'vitest';
import { createManualClock } from '../clock.js';
import { createMemoryStore } from '../store/state/memory-store.js';
import type { SecurityLog } from './events.js';
import { recordOncePerMinute } from './repeated-refusals.js';

describe('recordOncePerMinute', () => {
  it('records a key once a minute, at the first refusal and again a minute later, each key apart', async () => {
    const clock = createManualClock('2026-11-25T09:00:00Z');
    const recorded: string[] = [];
    const log = { record: async (event: { detail: { n: number } }) => recorded.push(`${event.detail.n}`) };
    const deps = { state: createMemoryStore(), clock, log: log as unknown as SecurityLog };
    const refuse = (key: string, n: number) =>
      recordOncePerMinute(deps, key, { type: 'banned_request', severity: 'info', detail: { n } });
    await refuse('ban:1', 1);
    await refuse('ban:1', 2);
    await refuse('ban:2', 3);
    clock.advance(59_999);
    await refuse('ban:1', 4);
    clock.advance(1);
    await refuse('ban:1', 5);
    expect(recorded).toEqual(['1', '3', '5']);
  });
});
