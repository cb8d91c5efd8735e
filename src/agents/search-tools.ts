import { z } from 'zod';
import type { SearchService } from '../search/search-service.js';
import { defineTool, type Tool } from './tool.js';

/** The search agent's one tool, over the deployment's search service. */
export function createWebSearchTool(search: SearchService): Tool {
  return defineTool({
    name: 'web_search',
    permission: 'search:use',
    description:
      'Search the web. The query leaves this server: it is cut to 500 characters, and e-mail addresses, ' +
      'phone numbers, card numbers and secrets are removed before it is sent.',
    input: z.object({ query: z.string().trim().min(1).max(2000) }),
    async execute(input, context) {
      const outcome = await search.search(input.query, {
        userId: context.userId,
        client: context.client,
        signal: context.signal,
      });
      if (!outcome.ok) {
        return outcome.reason === 'rate_limited'
          ? `Error: the web-search limit for this server is reached; try again in ${outcome.retryAfterSeconds} s.`
          : 'Error: nothing searchable was left in the query after removing personal data and secrets.';
      }
      context.cite(outcome.sources);
      const list = outcome.sources.map((s, i) => `[${i + 1}] ${s.title ? `${s.title} — ` : ''}${s.url}`);
      return list.length > 0 ? `${outcome.answer}\n\nSources:\n${list.join('\n')}` : outcome.answer;
    },
  });
}
