import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestServer } from './helpers/server.js';
import { createTestApp } from './helpers/services.js';

describe('regressions from the identity security review', () => {
  it('locks out concurrent password guesses: no more than five are ever checked', async () => {
    const t = await createTestApp();
    try {
      const user = await t.createUser('user');
      const statuses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          t.app
            .inject({
              method: 'POST',
              url: '/api/auth/login',
              payload: { username: user.username, password: `guess ${i} wrong` },
            })
            .then((r) => r.statusCode),
        ),
      );
      expect(statuses.filter((s) => s === 401)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(15);
      const right = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: user.username, password: user.password },
      });
      expect(right.statusCode).toBe(429);
    } finally {
      await t.close();
    }
  });

  it('never writes a string that is not a valid username (a password in the wrong field) to the log', async () => {
    const t = await createTestApp();
    try {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'My S3cret Passw0rd!', password: 'whatever it is' },
      });
      expect(response.statusCode).toBe(401);
      const events = await t.services.store.securityEvents.list({ type: 'login_failed' });
      expect(JSON.stringify(events)).not.toMatch(/s3cret/i);
    } finally {
      await t.close();
    }
  });

  it('freezes the rights of a key minted through a key, so it cannot grow with its owner', async () => {
    const t = await createTestApp();
    try {
      const user = await t.createUser('user');
      const allOfMine = ['chat:use', 'calendar:own', 'journal:own', 'search:use', 'tools:code', 'keys:own'];
      const parent = await t.app.inject({
        method: 'POST',
        url: '/api/auth/keys',
        headers: user.headers,
        payload: { name: 'parent', scopes: allOfMine },
      });
      const child = await t.app.inject({
        method: 'POST',
        url: '/api/auth/keys',
        headers: { 'x-api-key': parent.json().key },
        payload: { name: 'child' },
      });
      expect(child.statusCode).toBe(201);
      expect([...child.json().api_key.scopes].sort()).toEqual([...allOfMine].sort());
      const { token } = await t.services.sessions.create(user.userId, { ip: '127.0.0.1', userAgent: 'test' });
      const fromSession = await t.app.inject({
        method: 'POST',
        url: '/api/auth/keys',
        headers: {
          cookie: `rampart_session=${token}`,
          origin: 'http://localhost:80',
          'x-csrf-token': t.services.sessions.csrfTokenFor(token),
        },
        payload: { name: 'plain' },
      });
      expect(fromSession.statusCode).toBe(201);
      expect(fromSession.json().api_key.scopes).toBeNull();
    } finally {
      await t.close();
    }
  });
});

describe('an open WebSocket after its credential is revoked', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses the next message with authentication_required and closes with 1008', async () => {
    const user = await server.createUser('user');
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/ws/chat`, { headers: user.headers });
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const next = () =>
      new Promise<{ type: string; data: Record<string, unknown> }>((resolve) => {
        const onMessage = (raw: WebSocket.RawData) => {
          const event = JSON.parse(raw.toString());
          if (event.type === 'error' || event.data.done === true) {
            socket.off('message', onMessage);
            resolve(event);
          }
        };
        socket.on('message', onMessage);
      });
    const first = next();
    socket.send(JSON.stringify({ type: 'message', data: { message: 'hello' } }));
    expect((await first).type).toBe('message');

    const keyId = (await server.services.store.apiKeys.list(user.userId))[0]?.id ?? '';
    await server.services.keys.revoke({ userId: null }, keyId, { ip: '127.0.0.1', userAgent: 'test' });
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    const second = next();
    socket.send(JSON.stringify({ type: 'message', data: { message: 'hello again' } }));
    expect(await second).toMatchObject({ type: 'error', data: { error: 'authentication_required' } });
    expect(await closed).toBe(1008);
  });
});
