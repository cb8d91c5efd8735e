import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_REDIS_URL } from '../../test/helpers/database.js';
import { createManualClock } from '../clock.js';
import type { createSecurityLog } from '../security/events.js';
import { createMemoryStore } from '../store/state/memory-store.js';
import { createRedisStore } from '../store/state/redis-store.js';
import type { StateStore } from '../store/state/state-store.js';
import type { SearchProvider } from './perplexity.js';
import { createSearchService } from './search-service.js';

function recordingLog() {
  const events: { type: string; detail: Record<string, unknown> }[] = [];
  const log = {
    record: async (event: { type: string; detail: Record<string, unknown> }) => {
      events.push(event);
    },
  } as unknown as ReturnType<typeof createSecurityLog>;
  return { log, events };
}

function fakeProvider(name = `fake-${randomUUID()}`) {
  const queries: string[] = [];
  const provider: SearchProvider = {
    name,
    async search(query) {
      queries.push(query);
      return { answer: `about ${query}`, sources: [{ url: 'https://example.org/a', title: 'A' }] };
    },
    async check() {},
  };
  return { provider, queries };
}

const caller = { userId: 'u1', client: { ip: '203.0.113.9' } };
const stores: StateStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

describe('search service', () => {
  it('sends the sanitised query and logs its length and redactions, never its text', async () => {
    const { provider, queries } = fakeProvider();
    const { log, events } = recordingLog();
    const clock = createManualClock('2026-11-26T10:00:00Z');
    const service = createSearchService(
      { provider, state: createMemoryStore(), clock, log },
      { perMinute: 60 },
    );
    const outcome = await service.search('flights to "Lisbon" <script> call +44 20 7946 0958', caller);
    expect(outcome).toMatchObject({ ok: true, sources: [{ url: 'https://example.org/a' }] });
    expect(queries).toEqual(['flights to Lisbon script call [phone]']);
    expect(events).toEqual([
      {
        type: 'search_query_sent',
        severity: 'warning',
        userId: 'u1',
        client: caller.client,
        detail: {
          provider: provider.name,
          length: queries[0]?.length,
          original_length: 50,
          truncated: false,
          redacted: [{ kind: 'phone', count: 1 }],
        },
      },
    ]);
    expect(JSON.stringify(events)).not.toContain('Lisbon');
  });

  it('refuses a query that is empty once secrets are removed, without sending it', async () => {
    const { provider, queries } = fakeProvider();
    const { log } = recordingLog();
    const service = createSearchService(
      { provider, state: createMemoryStore(), clock: createManualClock(0 as never), log },
      { perMinute: 60 },
    );
    expect(await service.search('""<>', caller)).toEqual({ ok: false, reason: 'empty_query' });
    expect(queries).toEqual([]);
  });

  it('allows perMinute searches in a minute for the whole deployment, then refuses until the window ends', async () => {
    const { provider, queries } = fakeProvider();
    const { log, events } = recordingLog();
    const clock = createManualClock('2026-11-26T10:00:00Z');
    const service = createSearchService(
      { provider, state: createMemoryStore(), clock, log },
      { perMinute: 2 },
    );
    expect((await service.search('one', caller)).ok).toBe(true);
    expect((await service.search('two', caller)).ok).toBe(true);
    clock.advance(59_000);
    expect(await service.search('three', caller)).toEqual({
      ok: false,
      reason: 'rate_limited',
      retryAfterSeconds: 1,
    });
    expect(events.at(-1)).toMatchObject({ type: 'search_rate_limited', detail: { limit: 2 } });
    clock.advance(1000);
    expect((await service.search('four', caller)).ok).toBe(true);
    expect(queries).toEqual(['one', 'two', 'four']);
  });

  it('shares the limit between instances through Redis', async () => {
    const { provider, queries } = fakeProvider();
    const clock = createManualClock('2026-11-26T10:00:00Z');
    const make = async () => {
      const state = await createRedisStore({ url: TEST_REDIS_URL, commandTimeoutMs: 1000 });
      stores.push(state);
      return createSearchService({ provider, state, clock, log: recordingLog().log }, { perMinute: 3 });
    };
    const [a, b] = [await make(), await make()];
    const outcomes = [
      await a.search('one', caller),
      await b.search('two', caller),
      await a.search('three', caller),
      await b.search('four', caller),
    ];
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, false]);
    expect(queries).toHaveLength(3);
  });

  it.each([0, -1, 1.5])('rejects perMinute %s at construction', (perMinute) => {
    const { provider } = fakeProvider();
    expect(() =>
      createSearchService(
        {
          provider,
          state: createMemoryStore(),
          clock: createManualClock(0 as never),
          log: recordingLog().log,
        },
        { perMinute },
      ),
    ).toThrow(/perMinute/);
  });
});
