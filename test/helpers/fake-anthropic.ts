import http from 'node:http';
import { listenOnLoopback } from './loopback.js';

/** A tool call the fake answers with; a string input is sent verbatim, so it can be broken JSON. */
export interface FakeToolUse {
  readonly name: string;
  readonly input: Record<string, unknown> | string;
}

/**
 * One scripted answer of the fake: a message (text, tool calls), an HTTP error, a body cut short,
 * a server that stalls (before the headers for JSON, after `message_start` for a stream), or a
 * 200 whose body is neither JSON nor server-sent events.
 */
export type FakeAnthropicAnswer =
  | {
      readonly text: string;
      readonly toolCalls?: readonly FakeToolUse[];
      readonly stopReason?: 'end_turn' | 'max_tokens' | 'tool_use';
    }
  | { readonly status: number }
  | { readonly truncate: true }
  | { readonly hang: true }
  | { readonly garbage: true };

/** A request the fake received. */
export interface FakeAnthropicRequest {
  readonly method: string | undefined;
  readonly url: string | undefined;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Record<string, unknown>;
}

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  529: 'overloaded_error',
};

const USAGE = {
  input_tokens: 11,
  output_tokens: 7,
  cache_creation_input_tokens: 0,
  cache_read_input_tokens: 0,
};

function sendError(res: http.ServerResponse, status: number, message = `status ${status}`) {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_fake_${status}` });
  res.end(JSON.stringify({ type: 'error', error: { type: ERROR_TYPES[status] ?? 'api_error', message } }));
}

function keyOf(headers: http.IncomingHttpHeaders): string | undefined {
  const bearer = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
  const apiKey = headers['x-api-key'];
  return typeof apiKey === 'string' && apiKey !== '' ? apiKey : bearer;
}

/** Splits a string in pieces (at least two when it has two characters), as a model streams it. */
function pieces(text: string): string[] {
  const words = text.match(/\S+\s*/g) ?? [];
  if (words.length > 1 || text.length < 2) return words.length > 0 ? words : [text];
  const half = Math.floor(text.length / 2);
  return [text.slice(0, half), text.slice(half)];
}

/**
 * A local server that speaks the Anthropic Messages API on `POST /v1/messages` (JSON and SSE
 * streaming, tool_use with its input in `input_json_delta` fragments, usage, errors in the API's
 * shape), answering from a script in order. It accepts the key as `x-api-key` or as a bearer token
 * and answers 401 otherwise, without using up an answer; it records every request.
 */
export async function startFakeAnthropic(script: FakeAnthropicAnswer[], expectedKey = 'sk-ant-test') {
  const requests: FakeAnthropicRequest[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => {
      if (req.method === 'GET' && req.url?.startsWith('/v1/models')) {
        // The health check: free, so it is not one of the recorded message requests.
        if (keyOf(req.headers) !== expectedKey) {
          sendError(res, 401, 'invalid x-api-key');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            data: [
              {
                type: 'model',
                id: 'claude-sonnet-5-5',
                display_name: 'Claude',
                created_at: '2026-01-01T00:00:00Z',
              },
            ],
            has_more: false,
            first_id: null,
            last_id: null,
          }),
        );
        return;
      }
      const body = JSON.parse(raw || '{}') as Record<string, unknown>;
      requests.push({ method: req.method, url: req.url, headers: req.headers, body });
      if (req.method !== 'POST' || req.url !== '/v1/messages') {
        sendError(res, 404, `Not found: ${req.method} ${req.url}`);
        return;
      }
      if (keyOf(req.headers) !== expectedKey) {
        sendError(res, 401, 'invalid x-api-key');
        return;
      }
      const answer = script.shift() ?? { text: 'script exhausted' };
      if ('status' in answer) {
        sendError(res, answer.status);
        return;
      }
      const model = String(body.model);
      const stream = body.stream === true;
      if ('garbage' in answer) {
        if (stream) {
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          res.end('this is not an event stream\n<html>Bad gateway</html>\n\n');
        } else {
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end('<html><body>502 Bad Gateway</body></html>');
        }
        return;
      }
      const message = (content: unknown[], stopReason: string | null, usage: object) => ({
        id: 'msg_fake_01',
        type: 'message',
        role: 'assistant',
        model,
        content,
        stop_reason: stopReason,
        stop_sequence: null,
        usage,
      });
      if (!stream) {
        if ('hang' in answer) return;
        if ('truncate' in answer) {
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"msg_fake_01","content":[');
          return;
        }
        const content: unknown[] = answer.text ? [{ type: 'text', text: answer.text }] : [];
        (answer.toolCalls ?? []).forEach((call, index) => {
          content.push({ type: 'tool_use', id: `toolu_fake_${index}`, name: call.name, input: call.input });
        });
        const stopReason = answer.stopReason ?? (answer.toolCalls?.length ? 'tool_use' : 'end_turn');
        res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req_fake_ok' });
        res.end(JSON.stringify(message(content, stopReason, USAGE)));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream', 'request-id': 'req_fake_ok' });
      const send = (event: string, data: Record<string, unknown>) =>
        res.write(`event: ${event}\ndata: ${JSON.stringify({ type: event, ...data })}\n\n`);
      send('message_start', { message: message([], null, { ...USAGE, output_tokens: 1 }) });
      if ('hang' in answer) return;
      send('ping', {});
      if ('truncate' in answer) {
        send('content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
        send('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'Half an ans' } });
        res.end();
        return;
      }
      let index = 0;
      if (answer.text) {
        send('content_block_start', { index, content_block: { type: 'text', text: '' } });
        for (const piece of pieces(answer.text)) {
          send('content_block_delta', { index, delta: { type: 'text_delta', text: piece } });
        }
        send('content_block_stop', { index });
        index += 1;
      }
      (answer.toolCalls ?? []).forEach((call, n) => {
        const json = typeof call.input === 'string' ? call.input : JSON.stringify(call.input);
        send('content_block_start', {
          index,
          content_block: { type: 'tool_use', id: `toolu_fake_${n}`, name: call.name, input: {} },
        });
        // The API opens a tool's input with an empty fragment.
        for (const fragment of ['', ...pieces(json)]) {
          send('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: fragment } });
        }
        send('content_block_stop', { index });
        index += 1;
      });
      const stopReason = answer.stopReason ?? (answer.toolCalls?.length ? 'tool_use' : 'end_turn');
      send('message_delta', {
        delta: { stop_reason: stopReason, stop_sequence: null },
        usage: { output_tokens: USAGE.output_tokens },
      });
      send('message_stop', {});
      res.end();
    });
  });
  const { origin, close } = await listenOnLoopback(server);
  return {
    /** What to pass as `baseURL`: the SDK appends `/v1/messages` itself. */
    url: origin,
    requests,
    script,
    close,
  };
}
