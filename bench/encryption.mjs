// Cost of encryption at rest, in one run:
//
//   npm run build && node bench/encryption.mjs [--turns 150] [--rows 20000]
//
// 1. seal + open of one value (100 characters and 4 KiB), per call.
// 2. Chat latency: POST /api/chat through the whole app (in process, app.inject, SQLite), with the real
//    keyring against a pass-through one that stores text as it is, interleaved in rounds; the ratio
//    of the medians is the overhead encryption adds to a chat turn.
// 3. Rotation speed: `rotateSealedValues` over N journal entries, SQLite and PostgreSQL
//    (TEST_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test, in a schema of its own).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const dist = new URL('../dist/', import.meta.url);
const load = (p) => import(new URL(p, dist).href);
const { createKeyring, generateKeyEntry, parseKeyList } = await load('security/keyring.js');
const { loadConfig } = await load('config.js');
const { createServices } = await load('services.js');
const { createManualClock } = await load('clock.js');
const { buildApp } = await load('http/app.js');
const { openDatabase } = await load('store/database.js');
const { migrateToLatest } = await load('store/migrations.js');
const { rotateSealedValues } = await load('store/sealed-columns.js');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const TURNS = arg('turns', 150);
const ROWS = arg('rows', 20000);
const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p99 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))];

const k1 = generateKeyEntry('k1');
const k2 = generateKeyEntry('k2');
const ring = createKeyring(parseKeyList(k1));
const passThrough = { currentId: 'k1', ids: ['k1'], seal: (t) => t, open: (t) => t, derive: ring.derive };

// 1. Per value.
function perCall(text) {
  const context = 'chat_messages.content:01HZX';
  for (let i = 0; i < 2000; i++) ring.open(ring.seal(text, context), context);
  const n = 20000;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) ring.open(ring.seal(text, context), context);
  return Number(process.hrtime.bigint() - start) / n / 1000;
}
const short = perCall('x'.repeat(100));
const long = perCall('x'.repeat(4096));
console.log(`seal + open, one value: ${short.toFixed(1)} µs (100 chars), ${long.toFixed(1)} µs (4 KiB)`);

// 2. Chat latency.
async function chatApp(keyring) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rampart-bench-enc-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    ENCRYPTION_KEYS: k1,
    TIMEZONE: 'UTC',
    RATE_LIMIT_CHAT_PER_MINUTE: '100000',
    RATE_LIMIT_PRINCIPAL_PER_MINUTE: '100000',
    RATE_LIMIT_IP_PER_HOUR: '10000000',
    IDS_BAN_THRESHOLD: '1000000',
  });
  const services = await createServices(config, {
    clock: createManualClock('2026-11-25T09:00:00Z'),
    keyring,
  });
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
  let session;
  const turn = async (i) => {
    const started = performance.now();
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: { 'x-api-key': key },
      payload: {
        message:
          i % 2
            ? `Add to my journal: note number ${i} about the project`
            : `Schedule a meeting with the team on day ${(i % 27) + 1} next month at 10am`,
        ...(session ? { context: { session_id: session } } : {}),
      },
    });
    if (response.statusCode !== 200)
      throw new Error(`chat answered ${response.statusCode}: ${response.body}`);
    session ??= response.json().session_id;
    return performance.now() - started;
  };
  return {
    turn,
    close: async () => {
      await app.close();
      await services.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
const plain = await chatApp(passThrough);
const sealed = await chatApp(ring);
const times = { plain: [], sealed: [] };
for (let round = 0; round < 6; round++) {
  const order =
    round % 2
      ? [
          ['sealed', sealed],
          ['plain', plain],
        ]
      : [
          ['plain', plain],
          ['sealed', sealed],
        ];
  for (const [name, app] of order)
    for (let i = 0; i < TURNS / 6; i++) times[name].push(await app.turn(round * 100 + i));
}
await plain.close();
await sealed.close();
const drop = (xs) => xs.slice(Math.floor(xs.length / 10)); // warm-up
const mp = median(drop(times.plain));
const ms = median(drop(times.sealed));
console.log(
  `chat turn (POST /api/chat, offline agents, SQLite, ${times.plain.length} turns each): ` +
    `median ${mp.toFixed(2)} ms without encryption, ${ms.toFixed(2)} ms with (x${(ms / mp).toFixed(3)}); ` +
    `p99 ${p99(drop(times.plain)).toFixed(2)} / ${p99(drop(times.sealed)).toFixed(2)} ms`,
);

// 3. Rotation speed.
async function rotation(driver) {
  let handle;
  let schema;
  if (driver === 'sqlite') {
    handle = openDatabase({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'rampart-bench-rot-')) });
  } else {
    schema = `bench_rot_${process.pid}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    handle = openDatabase({ dataDir: os.tmpdir(), databaseUrl: PG_URL, postgresSearchPath: schema });
  }
  try {
    await migrateToLatest(handle.db, ring, schema ? { schema } : {});
    const rows = [];
    for (let i = 0; i < ROWS; i++) {
      const id = `j${String(i).padStart(8, '0')}`;
      rows.push({
        id,
        user_id: 'u1',
        content: ring.seal(`journal entry ${i} ${'lorem ipsum '.repeat(8)}`, `journal_entries.content:${id}`),
        created_at: '2026-11-25T09:00:00.000Z',
      });
    }
    for (let i = 0; i < rows.length; i += 500)
      await handle.db
        .insertInto('journal_entries')
        .values(rows.slice(i, i + 500))
        .execute();
    const both = createKeyring(parseKeyList(`${k2},${k1}`));
    const started = performance.now();
    const done = await rotateSealedValues(handle.db, both, { batchSize: 500 });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `rotation, ${driver}: ${done} values in ${seconds.toFixed(2)} s = ${Math.round(done / seconds)} values/s (batches of 500)`,
    );
  } finally {
    await handle.close();
    if (schema) {
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    }
  }
}
await rotation('sqlite');
await rotation('postgres');
