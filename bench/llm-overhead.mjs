// What Rampart adds to one LLM call, and the request log of one multi-step turn, in one run:
//
//   npm run build && node bench/llm-overhead.mjs [--calls 400] [--turns 60]
//
// A local OpenAI-compatible server on 127.0.0.1 answers every call at once, so what is measured is
// ours, not a model's.
// 1. Per call, interleaved: (a) the bare SDK provider; (b) the call as the runner makes it — model
//    policy → circuit breaker → error mapping → SDK, the turn's token budget reserved and settled,
//    and the step stored in SQLite. Overhead per call = median(b) − median(a); (a) is the
//    provider's time (SDK, HTTP and the server), which is excluded.
// 2. Per turn: "find a free hour tomorrow and book a call with Sam" through POST /api/chat (5 model
//    calls, 2 tool calls); (median turn − 5 × median(a)) / 5 is an upper bound per call, since it
//    also holds the HTTP pipeline, the two tools and the stored messages.
// 3. The request log of that turn, from GET /api/workflow/status.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const dist = new URL('../dist/', import.meta.url);
const load = (p) => import(new URL(p, dist).href);
const { loadConfig } = await load('config.js');
const { createServices } = await load('services.js');
const { createManualClock } = await load('clock.js');
const { buildApp } = await load('http/app.js');
const { createOpenAiProvider } = await load('llm/openai-provider.js');
const { createTokenBudget, estimateTokens } = await load('agents/token-budget.js');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const CALLS = arg('calls', 400);
const TURNS = arg('turns', 60);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p99 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))];
const us = (ms) => `${(ms * 1000).toFixed(0)} µs`;

// The model server: queued answers first (tool calls for the Sam turn), otherwise "ok".
const queue = [];
const completion = (message, finish) => ({
  id: 'c',
  object: 'chat.completion',
  created: 0,
  model: 'bench-model',
  choices: [{ index: 0, finish_reason: finish, message }],
  usage: { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 },
});
const toolCall = (name, args) =>
  completion(
    {
      role: 'assistant',
      content: '',
      tool_calls: [
        { id: `call_${name}`, type: 'function', function: { name, arguments: JSON.stringify(args) } },
      ],
    },
    'tool_calls',
  );
const text = (content) => completion({ role: 'assistant', content }, 'stop');
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(queue.shift() ?? text('ok')));
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${server.address().port}/v1`;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rampart-bench-llm-'));
const config = loadConfig({
  DATA_DIR: dataDir,
  LOG_LEVEL: 'silent',
  NODE_ENV: 'test',
  ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
  TIMEZONE: 'UTC',
  LLM_PROVIDER: 'openai',
  OPENAI_BASE_URL: baseUrl,
  OPENAI_MODEL: 'bench-model',
  RATE_LIMIT_CHAT_PER_MINUTE: '100000',
  RATE_LIMIT_PRINCIPAL_PER_MINUTE: '100000',
  RATE_LIMIT_IP_PER_HOUR: '10000000',
});
const services = await createServices(config, { clock: createManualClock('2026-11-25T09:00:00Z') });
const app = await buildApp(services, { logger: false });
const user = await services.accounts.createUser(
  { username: 'bench', password: 'bench password 123', role: 'user' },
  { userId: null },
);
const { key } = await services.keys.create(
  { userId: null, permissions: 'all' },
  user.id,
  { name: 'bench' },
  { ip: '127.0.0.1', userAgent: 'bench' },
);
const session = await services.store.chat.createSession(user.id, 'bench');
const runId = await services.store.workflow.startRun({
  sessionId: session.id,
  userId: user.id,
  entryAgent: 'calendar_agent',
});

const raw = createOpenAiProvider({ baseUrl, apiKey: undefined, model: 'bench-model', timeoutMs: 30_000 });
const request = {
  system: "You manage the user's calendar. Current time: 2026-11-25T09:00:00.000Z (user time zone: UTC).",
  messages: [{ role: 'user', content: 'Find a free hour tomorrow and book a call with Sam' }],
  tools: [],
  maxTokens: 1000,
  context: { now: new Date('2026-11-25T09:00:00Z'), timeZone: 'UTC' },
};

// 1. Per call.
let seq = 0;
const budget = createTokenBudget(1_000_000_000);
async function asTheRunnerCalls() {
  const reservation = budget.reserve(
    estimateTokens(request.system) + estimateTokens(JSON.stringify(request.messages)),
    1000,
  );
  const started = performance.now();
  const response = await services.provider.complete({ ...request, maxTokens: reservation.maxTokens });
  budget.settle(reservation, response.usage);
  await services.store.workflow.appendStep(runId, seq++, {
    agentType: 'calendar_agent',
    action: 'model_call',
    status: 'completed',
    startedAt: new Date(),
    durationMs: performance.now() - started,
    model: 'bench-model',
    tokensReserved: reservation.reserved,
    inputTokens: response.usage.inputTokens,
    outputTokens: response.usage.outputTokens,
  });
}
const bare = [];
const chain = [];
for (let i = 0; i < 50; i++) {
  await raw.complete(request);
  await asTheRunnerCalls();
}
for (let i = 0; i < CALLS; i++) {
  let t = performance.now();
  await raw.complete(request);
  bare.push(performance.now() - t);
  t = performance.now();
  await asTheRunnerCalls();
  chain.push(performance.now() - t);
}

// 2. Per turn.
const DAY = { from: '2026-11-26T00:00:00Z', to: '2026-11-27T00:00:00Z' };
const samTurn = async (i) => {
  queue.push(
    toolCall('delegate_to_calendar_agent', { request: 'Find a free hour tomorrow and book a call with Sam' }),
    toolCall('find_free_slots', { duration_minutes: 60, ...DAY, label: 'tomorrow' }),
    toolCall('create_event', {
      title: `Call with Sam ${i}`,
      starts_at: '2026-11-26T09:00:00Z',
      ends_at: '2026-11-26T10:00:00Z',
    }),
    text('Booked a call with Sam tomorrow 09:00-10:00.'),
    text('Done: your call with Sam is tomorrow 09:00-10:00.'),
  );
  const started = performance.now();
  const response = await app.inject({
    method: 'POST',
    url: '/api/chat',
    headers: { 'x-api-key': key },
    payload: { message: 'find a free hour tomorrow and book a call with Sam', context: { timezone: 'UTC' } },
  });
  if (response.statusCode !== 200) throw new Error(`chat answered ${response.statusCode}: ${response.body}`);
  return performance.now() - started;
};
const turns = [];
for (let i = 0; i < TURNS; i++) turns.push(await samTurn(i));

// 3. The request log of the last turn.
const status = (
  await app.inject({ method: 'GET', url: '/api/workflow/status', headers: { 'x-api-key': key } })
).json();

const overhead = median(chain) - median(bare);
console.log(`calls: ${CALLS} interleaved; turns: ${TURNS}`);
console.log(`(a) bare SDK call (the provider's time here): median ${us(median(bare))}, p99 ${us(p99(bare))}`);
console.log(
  `(b) as the runner calls it:                  median ${us(median(chain))}, p99 ${us(p99(chain))}`,
);
console.log(
  `Rampart's overhead per LLM call: ${us(overhead)} (median b - median a); ratio b/a ${(median(chain) / median(bare)).toFixed(2)}`,
);
console.log(
  `Sam turn (5 calls, 2 tools, POST /api/chat): median ${median(turns).toFixed(2)} ms, p99 ${p99(turns).toFixed(2)} ms; ` +
    `upper bound per call ${us((median(turns) - 5 * median(bare)) / 5)}`,
);
console.log(`\nRequest log of one turn (run ${status.run.status}, tokens in metadata.tokens of the reply):`);
console.log('seq  agent               action                           ms  model        reserved  in  out');
for (const s of status.run.steps) {
  console.log(
    `${String(s.seq).padStart(3)}  ${s.agent_type.padEnd(18)}  ${s.action.padEnd(30)} ${String(s.duration_ms).padStart(4)}  ${(s.model ?? '').padEnd(11)}  ${String(s.tokens_reserved ?? '').padStart(8)}  ${String(s.input_tokens ?? '').padStart(3)}  ${String(s.output_tokens ?? '').padStart(3)}`,
  );
}
await app.close();
await services.close();
server.close();
fs.rmSync(dataDir, { recursive: true, force: true });
