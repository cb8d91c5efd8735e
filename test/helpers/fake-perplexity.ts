import http from 'node:http';
import { listenOnLoopback } from './loopback.js';

/** One scripted answer: text with citations and search results, an HTTP error, or a hang. */
export type FakePerplexityAnswer =
  | {
      readonly text: string;
      readonly citations?: readonly string[];
      readonly searchResults?: readonly { title: string; url: string }[];
    }
  | { readonly status: number }
  | { readonly hang: true };

/** A request the fake received. */
export interface FakePerplexityRequest {
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Record<string, unknown>;
}

/**
 * A local server that speaks Perplexity's chat completions (OpenAI's shape plus `citations` and
 * `search_results`), at `/chat/completions` without a version prefix as the real API has it. It
 * answers 401 without the expected key and 400 to a request without messages (the health check).
 */
export async function startFakePerplexity(script: FakePerplexityAnswer[], expectedKey = 'pplx-test') {
  const requests: FakePerplexityRequest[] = [];
  let healthChecks = 0;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => {
      const json = (status: number, value: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      if (req.method !== 'POST' || req.url !== '/chat/completions') return json(404, { error: 'not found' });
      if (req.headers.authorization !== `Bearer ${expectedKey}`) {
        return json(401, { error: { message: 'Invalid API key', type: 'invalid_api_key', code: 401 } });
      }
      const body = JSON.parse(raw || '{}') as Record<string, unknown>;
      if (!Array.isArray(body.messages) || body.messages.length === 0) {
        healthChecks += 1;
        return json(400, {
          error: { message: 'messages must not be empty', type: 'invalid_request', code: 400 },
        });
      }
      requests.push({ headers: req.headers, body });
      const answer = script.shift() ?? { text: 'script exhausted' };
      if ('hang' in answer) return;
      if ('status' in answer) return json(answer.status, { error: { message: 'fake', code: answer.status } });
      return json(200, {
        id: 'pplx-1',
        model: body.model,
        object: 'chat.completion',
        created: 0,
        citations: answer.citations ?? [],
        search_results: (answer.searchResults ?? []).map((r) => ({ ...r, date: '2026-11-20' })),
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: answer.text } }],
        usage: { prompt_tokens: 9, completion_tokens: 30, total_tokens: 39 },
      });
    });
  });
  const { origin, close } = await listenOnLoopback(server);
  return {
    url: origin,
    requests,
    script,
    healthChecks: () => healthChecks,
    close,
  };
}

/** The environment that points web search at a Perplexity fake at `url` (the key the fake expects by default). */
export const perplexityEnv = (url: string) => ({ PERPLEXITY_API_KEY: 'pplx-test', PERPLEXITY_BASE_URL: url });
