import type { KyselyPlugin, RootOperationNode } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { buildApp } from '../src/http/app.js';
import { createServices } from '../src/services.js';
import { openDatabase } from '../src/store/database.js';
import { openTestDatabase, TEST_POSTGRES_URL } from './helpers/database.js';
import { createTestUser, TEST_NOW } from './helpers/services.js';
import { startTcpProxy } from './helpers/tcp-proxy.js';

describe('PostgreSQL going away', () => {
  const proxyTarget = new URL(TEST_POSTGRES_URL);
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
  let schemaHandle: Awaited<ReturnType<typeof openTestDatabase>>;
  let close: () => Promise<void>;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let headers: Record<string, string>;

  beforeAll(async () => {
    // A migrated schema, reached through a proxy the test can cut.
    schemaHandle = await openTestDatabase('postgres');
    const schema = (
      await schemaHandle.db
        .selectNoFrom((eb) => eb.fn<string>('current_schema').as('s'))
        .executeTakeFirstOrThrow()
    ).s;
    proxy = await startTcpProxy({ host: proxyTarget.hostname, port: Number(proxyTarget.port || 5432) });
    const viaProxy = new URL(TEST_POSTGRES_URL);
    viaProxy.port = String(proxy.port);
    const database = openDatabase({
      dataDir: '/tmp',
      databaseUrl: viaProxy.toString(),
      postgresSearchPath: schema,
    });
    const services = await createServices(loadConfig({ TIMEZONE: 'UTC' }), {
      clock: createManualClock(TEST_NOW),
      database,
    });
    app = await buildApp(services, { logger: false });
    headers = (await createTestUser(services)).headers;
    close = async () => {
      await app.close();
      await services.close();
    };
  });
  afterAll(async () => {
    await close();
    await proxy.close();
    await schemaHandle.close();
  });

  const counts = async () => {
    const sessions = await schemaHandle.db
      .selectFrom('chat_sessions')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const messages = await schemaHandle.db
      .selectFrom('chat_messages')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return [Number(sessions.n), Number(messages.n)];
  };

  it('answers 503 service_unavailable while the database is unreachable, writes nothing, and recovers', async () => {
    const ok = await app.inject({ method: 'POST', url: '/api/chat', headers, payload: { message: 'hello' } });
    expect(ok.statusCode).toBe(200);
    const before = await counts();

    proxy.cut();
    const down = await app.inject({
      method: 'POST',
      url: '/api/chat',
      headers,
      payload: { message: 'hello again' },
    });
    expect(down.statusCode).toBe(503);
    expect(down.json()).toMatchObject({ error: 'service_unavailable', status: 'error' });
    // Health needs no database round trip for an anonymous caller, so it still answers.
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toEqual({ status: 'unhealthy', timestamp: expect.any(String) });
    expect(await counts()).toEqual(before);

    proxy.restore();
    const back = await app.inject({
      method: 'POST',
      url: '/api/chat',
      headers,
      payload: { message: 'hello once more' },
    });
    expect(back.statusCode).toBe(200);
  });
});

/** Fails the first insert into `table` after it is armed, the way a dropped connection would. */
function failingInsert(table: string) {
  let armed = false;
  const plugin: KyselyPlugin = {
    transformQuery({ node }) {
      if (armed && isInsertInto(node, table)) {
        armed = false;
        throw Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' });
      }
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  return { plugin, arm: () => (armed = true) };
}

function isInsertInto(node: RootOperationNode, table: string): boolean {
  return node.kind === 'InsertQueryNode' && node.into?.table.identifier.name === table;
}

describe.each(['sqlite', 'postgres'] as const)('a failure in the middle of a turn on %s', (driver) => {
  let handle: Awaited<ReturnType<typeof openTestDatabase>>;
  const fault = failingInsert('chat_messages');
  let app: Awaited<ReturnType<typeof buildApp>>;
  let headers: Record<string, string>;

  beforeAll(async () => {
    handle = await openTestDatabase(driver);
    const db = handle.db.withPlugin(fault.plugin);
    const services = await createServices(loadConfig({ TIMEZONE: 'UTC' }), {
      clock: createManualClock(TEST_NOW),
      database: { ...handle, db, close: async () => {} },
    });
    app = await buildApp(services, { logger: false });
    headers = (await createTestUser(services)).headers;
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('rolls back the new session when storing the message fails', async () => {
    fault.arm();
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      headers,
      payload: { message: 'Schedule a call tomorrow at 3 PM' },
    });
    expect(response.statusCode).toBe(503);
    const sessions = await handle.db.selectFrom('chat_sessions').selectAll().execute();
    const runs = await handle.db.selectFrom('workflow_runs').selectAll().execute();
    const events = await handle.db.selectFrom('calendar_events').selectAll().execute();
    expect([sessions.length, runs.length, events.length]).toEqual([0, 0, 0]);
  });
});
