import { existsSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createKeyring, generateKeyEntry, parseKeyList } from '../src/security/keyring.js';
import { createServices } from '../src/services.js';
import { migrateToLatest } from '../src/store/migrations.js';
import { MissingKeyError, rotateSealedValues, sealedValueCounts } from '../src/store/sealed-columns.js';
import { DRIVERS, openTestDatabase } from './helpers/database.js';
import { TEST_KEYRING } from './helpers/keys.js';
import { createTestApp, TEST_NOW, type TestUser } from './helpers/services.js';

const SECRET = 'Okafor';

describe.each(DRIVERS)('encryption at rest (%s)', (driver) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let user: TestUser;
  let sessionId: string;
  beforeAll(async () => {
    t = await createTestApp({ driver });
    user = await t.createUser('user');
    for (const message of [
      `Schedule a dentist appointment with Dr. ${SECRET} tomorrow at 3 PM`,
      `Add to my journal: Dr. ${SECRET} said the results look fine`,
    ]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/chat',
        headers: user.headers,
        payload: { message, ...(sessionId ? { context: { session_id: sessionId } } : {}) },
      });
      expect(response.statusCode).toBe(200);
      sessionId = response.json().session_id;
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const db = () => t.services.database.db;
  const messages = () =>
    t.app.inject({ method: 'GET', url: `/api/chat/sessions/${sessionId}/messages`, headers: user.headers });

  it('stores no plaintext of what was said, in any table', async () => {
    const rows: unknown[] = [];
    for (const table of ['chat_messages', 'chat_sessions', 'calendar_events', 'journal_entries']) {
      const { rows: found } = await sql`select * from ${sql.table(table)}`.execute(db());
      expect(found.length).toBeGreaterThan(0);
      rows.push(...found);
    }
    expect(JSON.stringify(rows)).not.toContain(SECRET);
    expect(JSON.stringify(rows)).toContain('rk1.test1.');
    if (driver === 'sqlite') {
      const file = t.services.database.location;
      const bytes = [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f).toString('latin1'));
      expect(bytes.join('')).not.toContain(SECRET);
    }
    // And yet the owner reads it all back.
    expect(JSON.stringify((await messages()).json())).toContain(SECRET);
  });

  it('detects one changed byte of a stored message: 500 stored_data_unreadable and a critical event', async () => {
    const { rows } = await sql<{ id: string; content: string }>`
      select id, content from chat_messages order by seq limit 1`.execute(db());
    const row = rows[0] as { id: string; content: string };
    const at = row.content.length - 5;
    const changed =
      row.content.slice(0, at) + (row.content[at] === 'A' ? 'B' : 'A') + row.content.slice(at + 1);
    await sql`update chat_messages set content = ${changed} where id = ${row.id}`.execute(db());
    try {
      const response = await messages();
      expect(response.statusCode).toBe(500);
      expect(response.json().error).toBe('stored_data_unreadable');
      expect(response.body).not.toContain(changed);
      const events = await t.services.store.securityEvents.list({ type: 'stored_value_unreadable' });
      expect(events.at(-1)?.detail).toMatchObject({
        reason: 'tampered',
        place: `chat_messages.content:${row.id}`,
        key_id: 'test1',
      });
      expect(events.at(-1)?.severity).toBe('critical');
    } finally {
      await sql`update chat_messages set content = ${row.content} where id = ${row.id}`.execute(db());
    }
    expect((await messages()).statusCode).toBe(200);
  });

  it('detects a stored message moved to another row', async () => {
    const { rows } = await sql<{ id: string; content: string }>`
      select id, content from chat_messages order by seq limit 2`.execute(db());
    const [a, b] = rows as [{ id: string; content: string }, { id: string; content: string }];
    await sql`update chat_messages set content = ${a.content} where id = ${b.id}`.execute(db());
    try {
      expect((await messages()).json().error).toBe('stored_data_unreadable');
    } finally {
      await sql`update chat_messages set content = ${b.content} where id = ${b.id}`.execute(db());
    }
    expect((await messages()).statusCode).toBe(200);
  });
});

describe('keys at start-up and rotation', () => {
  const k1 = generateKeyEntry('k1');
  const k2 = generateKeyEntry('k2');
  const clock = createManualClock(TEST_NOW);
  const servicesOn = async (database: Awaited<ReturnType<typeof openTestDatabase>>, keys: string) =>
    createServices(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ENCRYPTION_KEYS: keys }), {
      clock,
      database: { ...database, close: async () => {} },
    });

  async function fill(keys: string, rows: number) {
    const database = await openTestDatabase('sqlite');
    const services = await servicesOn(database, keys);
    const owner = await services.accounts.createUser(
      { username: 'owner', password: 'a long enough password', role: 'user' },
      { userId: null },
    );
    for (let i = 0; i < rows; i++) await services.store.journal.add(owner.id, `entry ${i} for ${SECRET}`);
    await services.close();
    return { database, owner };
  }

  it('refuses to start when stored data is sealed with a key that is not configured, naming it', async () => {
    const { database } = await fill(k1, 3);
    try {
      await expect(servicesOn(database, k2)).rejects.toThrow(MissingKeyError);
      await expect(servicesOn(database, k2)).rejects.toThrow(/sealed with key "k1"/);
      await expect(servicesOn(database, `${k2},${k1}`)).resolves.toBeTruthy();
    } finally {
      await database.close();
    }
  });

  it('rotates everything to the new key, after which the old key can go', async () => {
    const { database, owner } = await fill(k1, 25);
    try {
      const ring = createKeyring(parseKeyList(`${k2},${k1}`));
      expect((await sealedValueCounts(database.db, ring.ids)).byKey).toEqual({ k2: 0, k1: 25 });
      const progress: number[] = [];
      const done = await rotateSealedValues(database.db, ring, {
        batchSize: 10,
        onProgress: (n, total) => progress.push(n, total),
      });
      expect(done).toBe(25);
      expect(progress).toEqual([0, 25, 10, 25, 20, 25, 25, 25]);
      expect(await sealedValueCounts(database.db, ring.ids)).toMatchObject({
        byKey: { k2: 25, k1: 0 },
        other: 0,
      });
      const services = await servicesOn(database, k2);
      const entries = await services.store.journal.listRecent(owner.id, 100);
      expect(entries.map((e) => e.content)).toContain(`entry 24 for ${SECRET}`);
      await services.close();
    } finally {
      await database.close();
    }
  });

  it('resumes a rotation killed half-way, re-sealing only what is left', async () => {
    const { database } = await fill(k1, 30);
    try {
      const ring = createKeyring(parseKeyList(`${k2},${k1}`));
      const killed = rotateSealedValues(database.db, ring, {
        batchSize: 10,
        onProgress: (n) => {
          if (n === 20) throw new Error('killed');
        },
      });
      await expect(killed).rejects.toThrow('killed');
      expect((await sealedValueCounts(database.db, ring.ids)).byKey).toEqual({ k2: 20, k1: 10 });
      expect(await rotateSealedValues(database.db, ring, { batchSize: 10 })).toBe(10);
      expect((await sealedValueCounts(database.db, ring.ids)).byKey).toEqual({ k2: 30, k1: 0 });
    } finally {
      await database.close();
    }
  });

  it('seals content stored before encryption at rest, once, when the migration runs', async () => {
    const database = await openTestDatabase('sqlite');
    try {
      await sql`insert into journal_entries (id, user_id, content, created_at)
        values ('j1', 'u1', ${`old ${SECRET}`}, ${TEST_NOW})`.execute(database.db);
      // Back to the schema before 0004: the later migrations run again after it.
      await sql`delete from kysely_migration where name >= '0004'`.execute(database.db);
      await sql`drop table controls`.execute(database.db);
      for (const column of [
        'model',
        'tokens_reserved',
        'input_tokens',
        'output_tokens',
        'exit_status',
        'truncated',
      ]) {
        await sql`alter table workflow_steps drop column ${sql.ref(column)}`.execute(database.db);
      }
      await migrateToLatest(database.db, TEST_KEYRING);
      const { rows } = await sql<{ content: string }>`select content from journal_entries`.execute(
        database.db,
      );
      expect(rows[0]?.content).toMatch(/^rk1\.test1\./);
      expect(TEST_KEYRING.open(rows[0]?.content as string, 'journal_entries.content:j1')).toBe(
        `old ${SECRET}`,
      );
    } finally {
      await database.close();
    }
  });
});
