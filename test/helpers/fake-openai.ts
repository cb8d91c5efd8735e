import http from 'node:http';
import { listenOnLoopback } from './loopback.js';

/** One scripted answer of the fake: text, tool calls, an HTTP error, or a broken stream. */
export type FakeAnswer =
  | {
      readonly text: string;
      readonly toolCalls?: readonly { name: string; arguments: string }[];
      /** The answer waits for this, so a test can look at the server while a turn is running. */
      readonly gate?: Promise<void>;
    }
  | { readonly respond: (body: Record<string, unknown>) => FakeAnswer }
  | { readonly status: number }
  | { readonly truncate: true }
  | { readonly hang: true };

/** A request the fake received. */
export interface FakeRequest {
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Record<string, unknown>;
}

/**
 * A local server that speaks OpenAI chat completions (JSON and SSE streaming, tool calls in
 * fragments, usage), answering from a script in order; it records every request.
 */
export async function startFakeOpenAi(script: FakeAnswer[]) {
  const requests: FakeRequest[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => {
      if (req.method === 'GET' && req.url === '/v1/models') {
        // The health check: free, so it is not one of the recorded completion requests.
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            object: 'list',
            data: [{ id: 'fake', object: 'model', created: 0, owned_by: 'fake' }],
          }),
        );
        return;
      }
      const body = JSON.parse(raw || '{}') as Record<string, unknown>;
      requests.push({ headers: req.headers, body });
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404).end();
        return;
      }
      const next = script.shift() ?? { text: 'script exhausted' };
      if ('gate' in next && next.gate) next.gate.then(() => reply(next, body));
      else reply(next, body);
    });

    function reply(scripted: FakeAnswer, body: Record<string, unknown>) {
      const answer = 'respond' in scripted ? scripted.respond(body) : scripted;
      if ('hang' in answer || 'respond' in answer) return;
      if ('status' in answer) {
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: `status ${answer.status}`, type: 'fake' } }));
        return;
      }
      const model = String(body.model);
      if (!body.stream) {
        if ('truncate' in answer) {
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"x","choices":[');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            id: 'chatcmpl-1',
            object: 'chat.completion',
            created: 0,
            model,
            choices: [
              {
                index: 0,
                finish_reason: answer.toolCalls?.length ? 'tool_calls' : 'stop',
                message: {
                  role: 'assistant',
                  content: answer.text,
                  ...(answer.toolCalls?.length
                    ? {
                        tool_calls: answer.toolCalls.map((c, i) => ({
                          id: `call_${i}`,
                          type: 'function',
                          function: { name: c.name, arguments: c.arguments },
                        })),
                      }
                    : {}),
                },
              },
            ],
            usage: { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 },
          }),
        );
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const send = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
      const chunk = (delta: unknown, finish: string | null = null) =>
        send({
          id: 'c',
          object: 'chat.completion.chunk',
          created: 0,
          model,
          choices: [{ index: 0, delta, finish_reason: finish }],
        });
      if ('truncate' in answer) {
        chunk({ role: 'assistant', content: 'Half an ans' });
        res.end();
        return;
      }
      chunk({ role: 'assistant', content: '' });
      for (const word of answer.text.match(/\S+\s*/g) ?? []) chunk({ content: word });
      (answer.toolCalls ?? []).forEach((call, index) => {
        chunk({
          tool_calls: [
            { index, id: `call_${index}`, type: 'function', function: { name: call.name, arguments: '' } },
          ],
        });
        const half = Math.floor(call.arguments.length / 2);
        chunk({ tool_calls: [{ index, function: { arguments: call.arguments.slice(0, half) } }] });
        chunk({ tool_calls: [{ index, function: { arguments: call.arguments.slice(half) } }] });
      });
      chunk({}, answer.toolCalls?.length ? 'tool_calls' : 'stop');
      send({
        id: 'c',
        object: 'chat.completion.chunk',
        created: 0,
        model,
        choices: [],
        usage: { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 },
      });
      res.end('data: [DONE]\n\n');
    }
  });
  const { origin, close } = await listenOnLoopback(server);
  return {
    url: `${origin}/v1`,
    requests,
    script,
    close,
  };
}

/** The environment that points Rampart's OpenAI-compatible provider at a fake at `url`, model `fake-model`. */
export const openAiEnv = (url: string) => ({
  LLM_PROVIDER: 'openai',
  OPENAI_BASE_URL: url,
  OPENAI_MODEL: 'fake-model',
});
