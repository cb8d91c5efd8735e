// One server under test for bench/pipeline.mjs, started in its own (pinned) child process:
//
//   node bench/pipeline-server.mjs bare|helmet|headers|rampart
//
// bare     Fastify, logger off, GET /api/health and GET /api/auth/me answering fixed JSON.
// helmet   The same plus @fastify/helmet and in-memory @fastify/rate-limit (a limit nothing reaches).
// headers  Bare Fastify sending the response headers Rampart sends (its security headers from dist/, a
//          request id, Cache-Control and three X-RateLimit-* values) and doing nothing else: the floor
//          that the header set alone puts under any server that sends it.
// rampart  The built server (dist/) with its whole pipeline; BENCH_DATA_DIR is its data directory and
//          BENCH_REDIS_URL, when set, puts its state in Redis. It makes a user and an API key.
//
// Baselines answer BENCH_BODIES (a JSON object { health, me } of the bodies Rampart sent), so every
// configuration serialises the same JSON. When ready, one JSON line goes to stdout:
// { "port": 12345, "apiKey": "rmp_..." }. SIGTERM or SIGINT closes the server and exits with 0, which
// lets `node --cpu-prof` write its profile.
import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';

const kind = process.argv[2];
const FALLBACK_BODIES = {
  health: { status: 'healthy', timestamp: '2025-01-01T00:00:00.000Z' },
  me: {
    user: { id: '00000000-0000-0000-0000-000000000000', username: 'bench', role: 'user' },
    permissions: ['chat:use'],
    method: 'api_key',
  },
};

function bodies() {
  return process.env.BENCH_BODIES ? JSON.parse(process.env.BENCH_BODIES) : FALLBACK_BODIES;
}

async function baseline(withPlugins, withRampartHeaders = false) {
  const { health, me } = bodies();
  const app = Fastify({ logger: false });
  if (withRampartHeaders) {
    const { HTTP_SECURITY_HEADERS } = await import(
      new URL('../dist/security/headers.js', import.meta.url).href
    );
    const { randomUUID } = await import('node:crypto');
    app.addHook('onRequest', (_request, reply, done) => {
      reply.headers(HTTP_SECURITY_HEADERS);
      reply.header('x-request-id', randomUUID());
      reply.header('cache-control', 'no-store');
      reply.header('x-ratelimit-limit', 1000);
      reply.header('x-ratelimit-remaining', 999);
      reply.header('x-ratelimit-reset', 3600);
      done();
    });
  }
  if (withPlugins) {
    const { default: helmet } = await import('@fastify/helmet');
    const { default: rateLimit } = await import('@fastify/rate-limit');
    await app.register(helmet);
    await app.register(rateLimit, { max: 1_000_000_000, timeWindow: 60_000 });
  }
  app.get('/api/health', async () => health);
  app.get('/api/auth/me', async () => me);
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, close: () => app.close(), ready: { port: app.server.address().port } };
}

async function rampart() {
  const dist = new URL('../dist/', import.meta.url);
  const { loadConfig } = await import(new URL('config.js', dist).href);
  const { createServices } = await import(new URL('services.js', dist).href);
  const { systemClock } = await import(new URL('clock.js', dist).href);
  const { buildApp } = await import(new URL('http/app.js', dist).href);
  if (!process.env.BENCH_DATA_DIR) throw new Error('BENCH_DATA_DIR is not set');
  // The schema caps these limits (10,000,000 an hour per address, 1,000,000 a minute per class): the caps
  // are far above what one run sends, so nothing is refused.
  const config = loadConfig({
    DATA_DIR: process.env.BENCH_DATA_DIR,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
    ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    RATE_LIMIT_IP_PER_HOUR: '10000000',
    RATE_LIMIT_HEALTH_PER_MINUTE: '1000000',
    RATE_LIMIT_PRINCIPAL_PER_MINUTE: '1000000',
    IDS_BAN_THRESHOLD: '1000000',
    REDIS_URL: process.env.BENCH_REDIS_URL,
  });
  const services = await createServices(config, { clock: systemClock });
  const app = await buildApp(services, { logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
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
  return {
    app,
    close: async () => {
      await app.close();
      await services.close();
    },
    ready: { port: app.server.address().port, apiKey: key, state: services.state.kind },
  };
}

const started =
  kind === 'bare'
    ? await baseline(false)
    : kind === 'helmet'
      ? await baseline(true)
      : kind === 'headers'
        ? await baseline(false, true)
        : kind === 'rampart'
          ? await rampart()
          : null;
if (!started) {
  process.stderr.write(`unknown server kind ${kind}: use bare, helmet, headers or rampart\n`);
  process.exit(2);
}

let closing = false;
async function stop() {
  if (closing) return;
  closing = true;
  try {
    await started.close();
  } finally {
    process.exit(0);
  }
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdout.write(`${JSON.stringify(started.ready)}\n`);
