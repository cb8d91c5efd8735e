import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock.js';
import { createRateLimiter } from '../src/security/rate-limit.js';
import { withInsurance } from '../src/store/state/insured-store.js';
import { createMemoryStore } from '../src/store/state/memory-store.js';
import type { StateStore } from '../src/store/state/state-store.js';
import { startTestServer } from './helpers/server.js';
import { createTestApp, type TestUser } from './helpers/services.js';

/** Sends raw bytes and returns the raw answer (or '' if the server closed the connection). */
function raw(port: number, request: Buffer | string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(request));
    let answer = '';
    socket.on('data', (d) => (answer += d.toString('latin1')));
    socket.on('close', () => resolve(answer));
    socket.on('error', () => resolve(answer));
  });
}

describe('hostile HTTP input', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let user: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    user = await t.createUser('user');
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    [
      'invalid UTF-8 in a JSON body',
      Buffer.from([
        0x7b, 0x22, 0x6d, 0x65, 0x73, 0x73, 0x61, 0x67, 0x65, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d,
      ]),
    ],
    [
      'an overlong UTF-8 slash',
      Buffer.from([
        0x7b, 0x22, 0x6d, 0x65, 0x73, 0x73, 0x61, 0x67, 0x65, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0x22, 0x7d,
      ]),
    ],
  ])('answers %s without crashing and without storing a corrupted message', async (_name, payload) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: { ...user.headers, 'content-type': 'application/json' },
      payload,
    });
    expect([200, 400]).toContain(response.statusCode);
    if (response.statusCode === 200) {
      const stored = await t.services.store.chat.listMessages(response.json().session_id);
      expect(stored[0]?.content).not.toMatch(/[\uD800-\uDFFF]/);
    }
  });

  it.each([
    // Invalid UTF-8 in the path is refused by the router itself, before any handler.
    [
      'an overlong-encoded traversal in the path',
      '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
      400,
      'invalid_request',
    ],
    [
      'an overlong-encoded traversal in the query',
      '/api/agents?f=%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
      403,
      'request_blocked',
    ],
    [
      'a triple-encoded script tag in the query',
      '/api/agents?q=%25253Cscript%25253Ealert(1)%25253C%25252Fscript%25253E',
      403,
      'request_blocked',
    ],
  ])('refuses %s', async (_name, url, status, code) => {
    const response = await t.app.inject({ method: 'GET', url, headers: user.headers });
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({
      error: code,
      status: 'error',
      request_id: response.headers['x-request-id'],
    });
    expect(response.headers['content-security-policy']).toBeDefined();
  });
});

describe('at the socket', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses oversized headers with 431 and keeps serving', async () => {
    const port = Number(new URL(server.url).port);
    const answer = await raw(port, `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431/);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it('answers a malformed request line with 400 and keeps serving', async () => {
    const port = Number(new URL(server.url).port);
    expect(await raw(port, 'BLAH\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it('gives slow clients a bounded time to send their request', () => {
    expect(server.app.server.requestTimeout).toBe(30_000);
    expect(server.app.server.headersTimeout).toBeLessThanOrEqual(60_000);
  });
});

describe('shared state while Redis is down', () => {
  const down = async (): Promise<never> => {
    throw new Error('Connection is closed.');
  };
  const broken: StateStore = {
    ...createMemoryStore(),
    kind: 'redis',
    hit: down,
    hitMany: down,
    addScore: down,
    getScore: down,
  };

  it('keeps rate limits holding on the in-process insurance store and reports each failure', async () => {
    const errors: unknown[] = [];
    const store = withInsurance(broken, createMemoryStore(), (e) => errors.push(e));
    const limiter = createRateLimiter(
      { store, clock: createManualClock('2026-11-25T09:00:00Z') },
      {
        ip: { limit: 2, windowMs: 60_000 },
        principal: { limit: 2, windowMs: 60_000 },
        chat: { limit: 2, windowMs: 60_000 },
        health: { limit: 2, windowMs: 60_000 },
        admin: { limit: 2, windowMs: 60_000 },
        login: { limit: 2, windowMs: 60_000 },
      },
    );
    const outcomes = [];
    for (let i = 0; i < 3; i++)
      outcomes.push((await limiter.hitMany([['health', '198.51.100.1']]))[0]?.allowed);
    expect(outcomes).toEqual([true, true, false]);
    expect(errors.length).toBe(3);
  });

  it('keeps violation scores adding up, so the ledger can still ban', async () => {
    const store = withInsurance(broken, createMemoryStore(), () => {});
    await store.addScore('ip:198.51.100.1', 12, 600_000, 0);
    expect(await store.addScore('ip:198.51.100.1', 12, 600_000, 0)).toBe(24);
  });
});
