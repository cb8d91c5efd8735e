import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseDriver, DatabaseHandle } from '../../src/store/database.js';
import { openDatabase } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrations.js';

/** The local PostgreSQL that CI starts (trust auth, database `test`). */
export const TEST_POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The local Redis that CI starts. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Both engines; suites that must hold on each run once per entry. */
export const DRIVERS: DatabaseDriver[] = ['sqlite', 'postgres'];

/** A migrated database isolated for one suite: a temp SQLite file, or a fresh PostgreSQL schema. */
export async function openTestDatabase(driver: DatabaseDriver): Promise<DatabaseHandle> {
  if (driver === 'sqlite') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rampart-test-'));
    const handle = openDatabase({ dataDir });
    await migrateToLatest(handle.db);
    return {
      ...handle,
      close: async () => {
        await handle.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(`create schema ${schema}`);
  const handle = openDatabase({
    dataDir: os.tmpdir(),
    databaseUrl: TEST_POSTGRES_URL,
    postgresSearchPath: schema,
  });
  await migrateToLatest(handle.db, undefined, { schema });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await adminQuery(`drop schema ${schema} cascade`);
    },
  };
}

/** Runs one statement on the test PostgreSQL as its superuser, outside any test schema. */
export async function adminQuery(text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}
