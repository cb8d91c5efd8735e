import type { Clock } from '../clock.js';
import type { SecurityLog } from '../security/events.js';
import type { StateStore } from '../store/state/state-store.js';
import type { SearchAnswer, SearchProvider } from './perplexity.js';
import { sanitiseSearchQuery } from './query-policy.js';

/** Search service options. */
export interface SearchServiceOptions {
  /** Searches per minute for the whole deployment (every instance shares the count through Redis). @default 60 */
  readonly perMinute: number;
  /** Longest query sent, in characters. @default 500 */
  readonly maxQueryChars?: number;
}

/** The outcome of one search, as a value: results, or why there are none. */
export type SearchOutcome =
  | ({ readonly ok: true } & SearchAnswer)
  | { readonly ok: false; readonly reason: 'rate_limited'; readonly retryAfterSeconds: number }
  | { readonly ok: false; readonly reason: 'empty_query' };

/** Who searches, for the log and the count. */
export interface SearchCaller {
  readonly userId: string;
  readonly client?: { readonly ip: string; readonly requestId?: string | undefined } | undefined;
  readonly signal?: AbortSignal | undefined;
}

const WINDOW_MS = 60_000;

/**
 * Every web search goes through here: the query is sanitised (secrets and personal data removed, cut
 * to 500 characters, quotes and angle brackets stripped), counted against the deployment-wide limit,
 * and logged with its length and what was redacted — never its text.
 */
export function createSearchService(
  deps: { provider: SearchProvider; state: StateStore; clock: Clock; log: SecurityLog },
  options: SearchServiceOptions,
) {
  if (!Number.isInteger(options.perMinute) || options.perMinute < 1) {
    throw new Error('Search service: perMinute must be a positive integer');
  }
  return {
    provider: deps.provider,
    async search(text: string, caller: SearchCaller): Promise<SearchOutcome> {
      const sanitised = sanitiseSearchQuery(text, { maxChars: options.maxQueryChars ?? 500 });
      if (sanitised.query === '') return { ok: false, reason: 'empty_query' };
      const nowMs = deps.clock.now().getTime();
      const count = await deps.state.hit(`search:${deps.provider.name}`, WINDOW_MS, nowMs);
      const detail = {
        provider: deps.provider.name,
        length: [...sanitised.query].length,
        original_length: sanitised.originalLength,
        truncated: sanitised.truncated,
        // As a list: a detail key named `api_key` would be taken for a secret and dropped by the log.
        redacted: Object.entries(sanitised.redactions).map(([kind, count]) => ({ kind, count })),
      };
      if (count.count > options.perMinute) {
        await deps.log.record({
          type: 'search_rate_limited',
          severity: 'warning',
          userId: caller.userId,
          client: caller.client,
          detail: { ...detail, limit: options.perMinute },
        });
        return {
          ok: false,
          reason: 'rate_limited',
          retryAfterSeconds: Math.max(1, Math.ceil((count.resetAtMs - nowMs) / 1000)),
        };
      }
      await deps.log.record({
        type: 'search_query_sent',
        severity: Object.keys(sanitised.redactions).length > 0 ? 'warning' : 'info',
        userId: caller.userId,
        client: caller.client,
        detail,
      });
      const answer = await deps.provider.search(sanitised.query, caller.signal);
      return { ok: true, ...answer };
    },
  };
}

/** The search service's type. */
export type SearchService = ReturnType<typeof createSearchService>;
