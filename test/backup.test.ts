import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../src/security/audit-chain.js';
import { createKeyring, generateKeyEntry, parseKeyList } from '../src/security/keyring.js';
import { BackupError, restoreBackup, writeBackup } from '../src/store/backup.js';
import type { DatabaseDriver } from '../src/store/database.js';
import { openTestDatabase } from './helpers/database.js';
import { TEST_KEYRING } from './helpers/keys.js';
import { createTestApp, TEST_NOW, type TestUser } from './helpers/services.js';

const SECRET = 'Okafor';
const now = new Date(TEST_NOW);

describe.each([
  ['sqlite', 'postgres'],
  ['postgres', 'sqlite'],
] as [DatabaseDriver, DatabaseDriver][])('backup from %s, restore into %s', (from, to) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rampart-backup-'));
  const file = path.join(dir, 'rampart.backup');
  let source: Awaited<ReturnType<typeof createTestApp>>;
  let user: TestUser;
  let sessionId: string;
  beforeAll(async () => {
    source = await createTestApp({ driver: from });
    user = await source.createUser('user');
    const response = await source.app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: user.headers,
      payload: { message: `Schedule lunch with ${SECRET} tomorrow at noon` },
    });
    sessionId = response.json().session_id;
  });
  afterAll(async () => {
    await source.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes an encrypted backup with a manifest, and restores it whole into an empty database', async () => {
    const progress: string[] = [];
    const manifest = await writeBackup(source.services.database.db, TEST_KEYRING, file, {
      now,
      onProgress: (phase, done, total) => progress.push(`${phase} ${done}/${total}`),
    });
    expect(manifest.counts).toMatchObject({ users: 1, chat_messages: 2, calendar_events: 1 });
    expect(progress.at(-1)).toMatch(/^rows (\d+)\/\1$/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const bytes = fs.readFileSync(file).toString('latin1');
    for (const text of [SECRET, user.username, '"chat_messages"']) expect(bytes).not.toContain(text);

    const target = await createTestApp({ driver: to });
    try {
      const restored = await restoreBackup(target.services.database.db, TEST_KEYRING, file, {});
      expect(restored).toEqual(manifest);
      const messages = await target.app.inject({
        method: 'GET',
        url: `/api/chat/sessions/${sessionId}/messages`,
        headers: user.headers,
      });
      expect(messages.statusCode).toBe(200);
      expect(messages.body).toContain(SECRET);
      expect(await verifyChain(target.services.database.db)).toMatchObject({ ok: true });
    } finally {
      await target.close();
    }
  });

  it('refuses to restore into a database that has rows, writing nothing', async () => {
    const target = await openTestDatabase(to);
    try {
      await restoreBackup(target.db, TEST_KEYRING, file, {});
      await expect(restoreBackup(target.db, TEST_KEYRING, file, {})).rejects.toThrow(
        /not empty \(users has rows\)/,
      );
    } finally {
      await target.close();
    }
  });
});

describe('a damaged or foreign backup', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rampart-backup-bad-'));
  const good = path.join(dir, 'good.backup');
  let source: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    source = await createTestApp();
    const user = await source.createUser('user');
    for (let i = 0; i < 3; i++) {
      await source.services.store.journal.add(user.userId, `entry ${i} ${'x'.repeat(200)}`);
    }
    await writeBackup(source.services.database.db, TEST_KEYRING, good, { now });
  });
  afterAll(async () => {
    await source.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const variant = (name: string, change: (bytes: Buffer) => Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, change(fs.readFileSync(good)));
    return file;
  };
  const flipAt = (share: number) => (bytes: Buffer) => {
    const copy = Buffer.from(bytes);
    const at = Math.floor(copy.length * share);
    copy[at] = (copy[at] as number) ^ 0x01;
    return copy;
  };
  const key2 = createKeyring(parseKeyList(generateKeyEntry('k2')));

  it.each([
    [
      'one flipped byte in the middle',
      () => variant('flip-mid', flipAt(0.6)),
      TEST_KEYRING,
      /failed authentication/,
    ],
    [
      'one flipped byte in the tag',
      () => variant('flip-tag', flipAt(0.9999)),
      TEST_KEYRING,
      /failed authentication/,
    ],
    [
      'a changed header',
      () =>
        variant('header', (b) =>
          Buffer.from(b.toString('latin1').replace('"format":1', '"format":1 '), 'latin1'),
        ),
      TEST_KEYRING,
      /failed authentication/,
    ],
    [
      'a file cut short',
      () => variant('cut', (b) => b.subarray(0, b.length - 100)),
      TEST_KEYRING,
      /failed authentication/,
    ],
    [
      'a file cut inside its header',
      () => variant('cut-header', (b) => b.subarray(0, 30)),
      TEST_KEYRING,
      /truncated/,
    ],
    [
      'a file that is not a backup',
      () => variant('other', () => Buffer.from('{"hello":1}\n')),
      TEST_KEYRING,
      /Not a Rampart backup/,
    ],
    [
      'a backup made with another key',
      () => good,
      key2,
      /made with key "test1", which ENCRYPTION_KEYS does not hold/,
    ],
  ])('is refused: %s, and nothing is written', async (_name, make, keyring, message) => {
    const file = make();
    const target = await openTestDatabase('sqlite');
    try {
      const attempt = restoreBackup(target.db, keyring, file, {});
      await expect(attempt).rejects.toThrow(BackupError);
      await expect(restoreBackup(target.db, keyring, file, {})).rejects.toThrow(message);
      const { count } = await target.db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      expect(Number(count)).toBe(0);
    } finally {
      await target.close();
    }
  });
});
