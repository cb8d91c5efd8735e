import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENT_DISABLED } from '../src/agents/chat-service.js';
import { createManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { buildApp } from '../src/http/app.js';
import { CONTROLS_REFRESH_MS } from '../src/security/controls.js';
import { createServices } from '../src/services.js';
import { requireBuild, runCli } from './helpers/cli.js';
import { openTestDatabase } from './helpers/database.js';
import { TEST_ENCRYPTION_KEYS } from './helpers/keys.js';
import { createTestUser, TEST_NOW, type TestUser } from './helpers/services.js';

describe('emergency controls across two instances sharing PostgreSQL', () => {
  const clock = createManualClock(TEST_NOW);
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let a: Awaited<ReturnType<typeof instance>>;
  let b: Awaited<ReturnType<typeof instance>>;
  let user: TestUser;
  let admin: TestUser;

  async function instance() {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      TIMEZONE: 'UTC',
      ENCRYPTION_KEYS: TEST_ENCRYPTION_KEYS,
      IDS_BAN_THRESHOLD: '1000000',
    });
    const services = await createServices(config, {
      clock,
      database: { ...database, close: async () => {} },
    });
    return { services, app: await buildApp(services, { logger: false }) };
  }

  beforeAll(async () => {
    database = await openTestDatabase('postgres');
    a = await instance();
    b = await instance();
    user = await createTestUser(a.services, 'user');
    admin = await createTestUser(a.services, 'admin');
  });
  afterAll(async () => {
    for (const one of [a, b]) {
      await one?.app.close();
      await one?.services.close();
    }
    await database?.close();
  });

  /** Moves past b's refresh interval and lets the refresh that its next request starts finish. */
  async function nextRefresh(one: typeof b) {
    clock.advance(CONTROLS_REFRESH_MS);
    await one.app.inject({ method: 'GET', url: '/health' });
    await one.services.controls.settled();
  }

  const chat = (app: typeof a.app, who: TestUser, message = 'Show my journal') =>
    app.inject({ method: 'POST', url: '/api/chat', headers: who.headers, payload: { message } });

  it('lockdown on one instance refuses everyone but administrators on the other within a second', async () => {
    await a.services.controls.setLockdown(true, 'credential leak under investigation', null);
    expect((await chat(a.app, user)).json().error).toBe('locked_down');
    // The other instance answers from its view, at most a second old: still open just before...
    clock.advance(CONTROLS_REFRESH_MS - 1);
    expect((await chat(b.app, user)).statusCode).toBe(200);
    expect(b.services.controls.settled()).toBeUndefined();
    // ...and a second after its last read, the next request refreshes it.
    await nextRefresh(b);
    const refused = await chat(b.app, user);
    expect(refused.statusCode).toBe(503);
    expect(refused.json().error).toBe('locked_down');
    expect((await chat(b.app, admin)).statusCode).toBe(200);
    // Public routes stay open, so administrators can still sign in.
    expect((await b.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    const health = await b.app.inject({ method: 'GET', url: '/api/health', headers: admin.headers });
    expect(health.json().controls.lockdown).toMatchObject({ reason: 'credential leak under investigation' });
    const events = await a.services.store.securityEvents.list({ type: 'lockdown_refused' });
    expect(events.length).toBeGreaterThan(0);
    expect((await a.services.store.securityEvents.list({ type: 'lockdown_on' }))[0]?.severity).toBe(
      'critical',
    );

    await a.services.controls.setLockdown(false, '', null);
    await nextRefresh(b);
    expect((await chat(b.app, user)).statusCode).toBe(200);
  });

  it('a disabled agent answers that it is switched off, and health shows it', async () => {
    await a.services.controls.setAgentEnabled('calendar_agent', false, null);
    await b.services.controls.reload();
    const answer = await chat(b.app, user, 'Schedule a meeting tomorrow at 2 PM');
    expect(answer.statusCode).toBe(200);
    expect(answer.json().response).toContain(AGENT_DISABLED);
    const health = await b.app.inject({ method: 'GET', url: '/api/health', headers: admin.headers });
    expect(health.json().agents.calendar_agent).toBe('disabled');
    expect(health.json().controls.disabled_agents).toEqual(['calendar_agent']);
    await a.services.controls.setAgentEnabled('calendar_agent', true, null);
    await b.services.controls.reload();
    expect((await chat(b.app, user, 'Schedule a meeting tomorrow at 2 PM')).json().response).toMatch(
      /Scheduled/,
    );
  });
});

describe('rampart lockdown, agent and key revoke --user', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rampart-controls-'));
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  beforeAll(() => requireBuild());
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('turns lockdown on and off, switches agents, and revokes every key of a user, each audited', async () => {
    expect((await runCli(['lockdown', 'on'], env)).code).toBe(64);
    expect((await runCli(['lockdown', 'on', '--reason', 'incident 42'], env)).stdout).toMatch(/Lockdown on/);
    expect((await runCli(['lockdown', 'off'], env)).code).toBe(0);
    expect((await runCli(['agent', 'disable', 'nobody'], env)).code).toBe(64);
    expect((await runCli(['agent', 'disable', 'search_agent'], env)).stdout).toBe('search_agent disabled.\n');
    await runCli(['user', 'add', 'bob', '--role', 'user'], env, 'a long enough password\n');
    for (let i = 0; i < 2; i++) await runCli(['key', 'create', '--user', 'bob'], env);
    expect((await runCli(['key', 'revoke', '--user', 'bob'], env)).stdout).toBe(
      'Revoked 2 API key(s) of bob.\n',
    );
    expect((await runCli(['key', 'revoke'], env)).code).toBe(64);
    const types = (await runCli(['audit', 'export'], env)).stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).type);
    expect(types).toEqual(
      expect.arrayContaining(['lockdown_on', 'lockdown_off', 'agent_disabled', 'api_key_revoked']),
    );
    expect(types.filter((t) => t === 'api_key_revoked')).toHaveLength(2);
  });
});
