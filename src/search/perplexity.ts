import OpenAI from 'openai';
import type { Source } from '../agents/tool.js';

/** What a web search found: a written answer and the pages it rests on. */
export interface SearchAnswer {
  readonly answer: string;
  readonly sources: readonly Source[];
}

/** A web-search backend. */
export interface SearchProvider {
  readonly name: string;
  search(query: string, signal?: AbortSignal): Promise<SearchAnswer>;
  /** A cheap reachability check that spends no tokens. */
  check(signal?: AbortSignal): Promise<void>;
}

/** Options of the Perplexity search provider. */
export interface PerplexityOptions {
  /** @default 'https://api.perplexity.ai' */
  readonly baseUrl: string;
  readonly apiKey: string;
  /** A sonar model. @default 'sonar' */
  readonly model: string;
  /** Per attempt. @default 30000 */
  readonly timeoutMs?: number;
  /** @default 1 */
  readonly maxRetries?: number;
  /** Output tokens of the written answer. @default 700 */
  readonly maxTokens?: number;
}

/** Perplexity's additions to an OpenAI chat completion. */
interface PerplexityExtras {
  citations?: unknown;
  search_results?: unknown;
}

const SYSTEM = 'Answer the search query concisely with facts from the web. Cite sources.';

function sourcesOf(extras: PerplexityExtras): Source[] {
  const found = new Map<string, Source>();
  if (Array.isArray(extras.search_results)) {
    for (const item of extras.search_results as { url?: unknown; title?: unknown }[]) {
      if (typeof item?.url !== 'string' || !isWebUrl(item.url)) continue;
      found.set(item.url, {
        url: item.url,
        ...(typeof item.title === 'string' ? { title: item.title.slice(0, 300) } : {}),
      });
    }
  }
  if (Array.isArray(extras.citations)) {
    for (const url of extras.citations) {
      if (typeof url === 'string' && isWebUrl(url) && !found.has(url)) found.set(url, { url });
    }
  }
  return [...found.values()].slice(0, 20);
}

/** Only http(s) links reach clients: a `javascript:` or `data:` citation is dropped. */
function isWebUrl(value: string): boolean {
  if (value.length > 2048) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Web search through Perplexity's OpenAI-compatible chat completions API (sonar models). */
export function createPerplexitySearch(options: PerplexityOptions): SearchProvider {
  if (!options.apiKey) throw new Error('Perplexity search: apiKey is required');
  const client = new OpenAI({
    baseURL: options.baseUrl,
    apiKey: options.apiKey,
    timeout: options.timeoutMs ?? 30_000,
    maxRetries: options.maxRetries ?? 1,
  });
  return {
    name: 'perplexity',
    async search(query, signal) {
      const completion = await client.chat.completions.create(
        {
          model: options.model,
          messages: [
            { role: 'system', content: SYSTEM },
            { role: 'user', content: query },
          ],
          max_tokens: options.maxTokens ?? 700,
          stream: false,
        },
        { signal },
      );
      const answer = completion.choices[0]?.message.content;
      if (typeof answer !== 'string') throw new Error('Perplexity answered without text');
      return { answer, sources: sourcesOf(completion as unknown as PerplexityExtras) };
    },
    async check(signal) {
      // No free endpoint exists: a request with the key and no messages is refused as invalid (4xx)
      // before any model runs, which proves the server reachable and the key accepted for nothing.
      const response = await fetch(`${options.baseUrl.replace(/\/+$/, '')}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.apiKey}` },
        body: JSON.stringify({ model: options.model, messages: [] }),
        signal: signal ?? AbortSignal.timeout(5000),
      });
      await response.body?.cancel();
      if (response.status === 401 || response.status === 403) throw new Error('Perplexity refused the key');
      if (response.status >= 500) throw new Error(`Perplexity answered ${response.status}`);
    },
  };
}
