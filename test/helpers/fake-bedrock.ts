import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import zlib from 'node:zlib';
import { listenOnLoopback } from './loopback.js';

/**
 * One scripted answer of the fake: text and tool calls (a string `input` is sent as is, so it
 * can be malformed JSON), an AWS error, a cut answer, a server that never finishes, or an
 * exception event inside the stream.
 */
export type FakeBedrockAnswer =
  | {
      readonly text: string;
      readonly toolCalls?: readonly { name: string; input: Record<string, unknown> | string }[];
    }
  | { readonly status: number; readonly errorType: string }
  | { readonly truncate: true }
  | { readonly hang: true }
  | { readonly streamError: string };

/** A request the fake received, signed correctly or not. */
export interface FakeBedrockRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Record<string, unknown>;
}

/** The identity the fake accepts. */
export interface FakeBedrockOptions {
  readonly accessKeyId?: string;
  readonly secretAccessKey?: string;
  readonly region?: string;
}

const usage = { inputTokens: 11, outputTokens: 7, totalTokens: 18 };

// Node added zlib.crc32 in 20.15; the table keeps the helper working on older 20.x.
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32: (data: Buffer) => number =
  typeof zlib.crc32 === 'function'
    ? (data) => zlib.crc32(data)
    : (data) => {
        let c = 0xffffffff;
        for (const byte of data) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
        return (c ^ 0xffffffff) >>> 0;
      };

/** One binary event-stream message: prelude, string headers, JSON payload, message CRC. */
export function eventStreamMessage(headers: Record<string, string>, payload: unknown): Buffer {
  const headerBytes = Buffer.concat(
    Object.entries(headers).map(([name, value]) => {
      const nameBytes = Buffer.from(name, 'utf8');
      const valueBytes = Buffer.from(value, 'utf8');
      const out = Buffer.alloc(1 + nameBytes.length + 3 + valueBytes.length);
      out.writeUInt8(nameBytes.length, 0);
      nameBytes.copy(out, 1);
      out.writeUInt8(7, 1 + nameBytes.length);
      out.writeUInt16BE(valueBytes.length, 2 + nameBytes.length);
      valueBytes.copy(out, 4 + nameBytes.length);
      return out;
    }),
  );
  const body = Buffer.from(JSON.stringify(payload), 'utf8');
  const total = 12 + headerBytes.length + body.length + 4;
  const message = Buffer.alloc(total);
  message.writeUInt32BE(total, 0);
  message.writeUInt32BE(headerBytes.length, 4);
  message.writeUInt32BE(crc32(message.subarray(0, 8)), 8);
  headerBytes.copy(message, 12);
  body.copy(message, 12 + headerBytes.length);
  message.writeUInt32BE(crc32(message.subarray(0, total - 4)), total - 4);
  return message;
}

const event = (type: string, payload: unknown) =>
  eventStreamMessage(
    { ':event-type': type, ':content-type': 'application/json', ':message-type': 'event' },
    payload,
  );

// AWS escapes each path segment once more for the canonical request (all services but S3).
const rfc3986 = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** Why a request fails SigV4 verification, or undefined when it is signed with `options`' key. */
function signatureProblem(
  req: http.IncomingMessage,
  raw: Buffer,
  options: Required<FakeBedrockOptions>,
): { errorType: string; message: string } | undefined {
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(
      req.headers.authorization ?? '',
    );
  const amzDate = req.headers['x-amz-date'];
  if (!match || typeof amzDate !== 'string')
    return { errorType: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' };
  const [, keyId, date, region, service, signedHeaders = '', signature = ''] = match;
  if (keyId !== options.accessKeyId)
    return {
      errorType: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.',
    };
  if (region !== options.region || service !== 'bedrock' || date !== amzDate.slice(0, 8))
    return { errorType: 'InvalidSignatureException', message: `Credential should be scoped correctly.` };
  const [path = '/', query = ''] = (req.url ?? '/').split('?');
  const canonicalQuery = [...new URLSearchParams(query)]
    .map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`)
    .sort()
    .join('&');
  const names = signedHeaders.split(';');
  const canonicalHeaders = names
    .map(
      (name) =>
        `${name}:${String(req.headers[name] ?? '')
          .trim()
          .replace(/\s+/g, ' ')}\n`,
    )
    .join('');
  const payloadHash = sha256(raw);
  const claimedHash = req.headers['x-amz-content-sha256'];
  if (claimedHash !== undefined && claimedHash !== payloadHash)
    return {
      errorType: 'InvalidSignatureException',
      message: 'The provided x-amz-content-sha256 does not match.',
    };
  const canonicalRequest = [
    req.method,
    rfc3986(path).replace(/%2F/g, '/'),
    canonicalQuery,
    canonicalHeaders,
    signedHeaders,
    payloadHash,
  ].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = ['aws4_request'].reduce(
    (k, part) => hmac(k, part),
    [date, region, service].reduce<Buffer | string>(
      (k, part) => hmac(k, part),
      `AWS4${options.secretAccessKey}`,
    ),
  );
  const expected = Buffer.from(hmac(key, stringToSign).toString('hex'));
  const given = Buffer.from(signature);
  if (!names.includes('host') || !names.includes('x-amz-date') || !timingSafeEqual(expected, given))
    return {
      errorType: 'InvalidSignatureException',
      message:
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
    };
  return undefined;
}

function sendError(res: http.ServerResponse, status: number, errorType: string, message: string) {
  res.writeHead(status, {
    'content-type': 'application/json',
    'x-amzn-errortype': `${errorType}:http://internal.amazon.com/coral/com.amazon.bedrock/`,
    'x-amzn-requestid': 'fake-request-id',
  });
  res.end(JSON.stringify({ message }));
}

function toolInputText(input: Record<string, unknown> | string): string {
  return typeof input === 'string' ? input : JSON.stringify(input);
}

function converseBody(answer: Extract<FakeBedrockAnswer, { text: string }>) {
  const calls = answer.toolCalls ?? [];
  return {
    output: {
      message: {
        role: 'assistant',
        content: [
          ...(answer.text ? [{ text: answer.text }] : []),
          ...calls.map((call, i) => ({
            toolUse: { toolUseId: `tooluse_${i}`, name: call.name, input: call.input },
          })),
        ],
      },
    },
    stopReason: calls.length > 0 ? 'tool_use' : 'end_turn',
    usage,
    metrics: { latencyMs: 42 },
  };
}

function streamEvents(answer: Extract<FakeBedrockAnswer, { text: string }>): Buffer[] {
  const out = [event('messageStart', { role: 'assistant' })];
  let index = 0;
  if (answer.text) {
    for (const word of answer.text.match(/\S+\s*/g) ?? [])
      out.push(event('contentBlockDelta', { contentBlockIndex: index, delta: { text: word } }));
    out.push(event('contentBlockStop', { contentBlockIndex: index }));
    index++;
  }
  for (const [i, call] of (answer.toolCalls ?? []).entries()) {
    const input = toolInputText(call.input);
    const half = Math.floor(input.length / 2);
    out.push(
      event('contentBlockStart', {
        contentBlockIndex: index,
        start: { toolUse: { toolUseId: `tooluse_${i}`, name: call.name } },
      }),
      event('contentBlockDelta', {
        contentBlockIndex: index,
        delta: { toolUse: { input: input.slice(0, half) } },
      }),
      event('contentBlockDelta', {
        contentBlockIndex: index,
        delta: { toolUse: { input: input.slice(half) } },
      }),
      event('contentBlockStop', { contentBlockIndex: index }),
    );
    index++;
  }
  out.push(
    event('messageStop', { stopReason: answer.toolCalls?.length ? 'tool_use' : 'end_turn' }),
    event('metadata', { usage, metrics: { latencyMs: 42 } }),
  );
  return out;
}

/**
 * A local server that speaks the Bedrock Runtime Converse API: `POST /model/{modelId}/converse`
 * (JSON) and `/converse-stream` (binary AWS event stream), verifying each request's SigV4
 * signature and answering from a script in order; it records every request.
 */
export async function startFakeBedrock(script: FakeBedrockAnswer[], options: FakeBedrockOptions = {}) {
  const identity: Required<FakeBedrockOptions> = {
    accessKeyId: options.accessKeyId ?? 'AKIDTEST',
    secretAccessKey: options.secretAccessKey ?? 'secret-test',
    region: options.region ?? 'us-east-1',
  };
  const requests: FakeBedrockRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const path = req.url ?? '';
      const body = JSON.parse(raw.toString('utf8') || '{}') as Record<string, unknown>;
      requests.push({ method: req.method ?? '', path, headers: req.headers, body });
      const route = /^\/model\/[^/]+\/(converse|converse-stream)$/.exec(path);
      if (req.method !== 'POST' || !route) {
        sendError(res, 404, 'UnknownOperationException', 'Unknown operation');
        return;
      }
      const problem = signatureProblem(req, raw, identity);
      if (problem) {
        sendError(res, 403, problem.errorType, problem.message);
        return;
      }
      const answer = script.shift() ?? { text: 'script exhausted' };
      if ('status' in answer) {
        sendError(res, answer.status, answer.errorType, `fake ${answer.errorType}`);
        return;
      }
      if (route[1] === 'converse') {
        if ('hang' in answer) return;
        res.writeHead(200, { 'content-type': 'application/json' });
        if ('text' in answer) res.end(JSON.stringify(converseBody(answer)));
        else res.end('{"output":{"message":{"role":"assistant","content":[{"text":"Half an ans');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/vnd.amazon.eventstream' });
      const opening = [
        event('messageStart', { role: 'assistant' }),
        event('contentBlockDelta', { contentBlockIndex: 0, delta: { text: 'Half an ' } }),
      ];
      if ('hang' in answer) {
        res.write(Buffer.concat(opening));
        return;
      }
      if ('truncate' in answer) {
        res.end(Buffer.concat(opening));
        return;
      }
      if ('streamError' in answer) {
        const exception = eventStreamMessage(
          {
            ':exception-type': answer.streamError,
            ':content-type': 'application/json',
            ':message-type': 'exception',
          },
          { message: `fake ${answer.streamError}`, originalStatusCode: 500 },
        );
        res.end(Buffer.concat([...opening, exception]));
        return;
      }
      for (const message of streamEvents(answer)) res.write(message);
      res.end();
    });
  });
  const { origin, close } = await listenOnLoopback(server);
  return {
    url: origin,
    requests,
    script,
    close,
  };
}
