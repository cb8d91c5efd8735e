import { createCipheriv, createDecipheriv, createHash, type DecipherGCM, randomBytes } from 'node:crypto';
import { closeSync, createReadStream, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { type Kysely, sql } from 'kysely';
import { OperatorError } from '../errors.js';
import type { Keyring } from '../security/keyring.js';
import type { Database } from './schema.js';

/**
 * Encrypted backups, portable between SQLite and PostgreSQL. A backup is a logical dump taken in one
 * read transaction (a consistent snapshot on both engines), written as JSON lines and encrypted and
 * authenticated as a whole with AES-256-GCM under a key derived (HKDF) from the current
 * ENCRYPTION_KEYS key. Sealed columns stay sealed inside it. Layout:
 *
 *   RAMPART-BACKUP 1\n  <header JSON>\n  <ciphertext of the JSON lines>  <16-byte tag>
 *
 * The header (key id, salt, nonce, schema version) is the cipher's associated data, so it cannot be
 * changed either. The last JSON line is the manifest: rows per table and the SHA-256 of the lines.
 */
const MAGIC = 'RAMPART-BACKUP 1\n';
const TAG_BYTES = 16;
const BATCH_ROWS = 500;

/** Tables in the order a restore inserts them (parents before children). */
export const BACKUP_TABLES = [
  'users',
  'auth_sessions',
  'api_keys',
  'chat_sessions',
  'chat_messages',
  'workflow_runs',
  'workflow_steps',
  'calendar_events',
  'journal_entries',
  'security_events',
  'bans',
] as const;

type TableName = (typeof BACKUP_TABLES)[number];

/** A backup or restore that cannot go on; nothing was written to the database. */
export class BackupError extends OperatorError {}

/** What a backup holds. */
export interface BackupManifest {
  readonly counts: Readonly<Record<string, number>>;
  readonly sha256: string;
}

interface Header {
  readonly format: 1;
  readonly createdAt: string;
  readonly migration: string;
  readonly keyId: string;
  readonly salt: string;
  readonly nonce: string;
}

/** Progress: units done out of a total (rows, or bytes while checking). */
export type BackupProgress = (phase: 'rows' | 'checking', done: number, total: number) => void;

function backupKey(keyring: Keyring, keyId: string, salt: Buffer): Buffer {
  return keyring.derive(keyId, salt, 'rampart backup v1');
}

async function latestMigration(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{
    name: string;
  }>`select name from kysely_migration order by name desc limit 1`.execute(db);
  return rows[0]?.name ?? '';
}

/** Writes an encrypted backup of the whole database to `file` (which must not exist); returns the manifest. */
export async function writeBackup(
  db: Kysely<Database>,
  keyring: Keyring,
  file: string,
  options: { now: Date; onProgress?: BackupProgress },
): Promise<BackupManifest> {
  const fd = openSync(file, 'wx', 0o600);
  try {
    const salt = randomBytes(16);
    const nonce = randomBytes(12);
    const header: Header = {
      format: 1,
      createdAt: options.now.toISOString(),
      migration: await latestMigration(db),
      keyId: keyring.currentId,
      salt: salt.toString('base64'),
      nonce: nonce.toString('base64'),
    };
    const headerText = `${MAGIC}${JSON.stringify(header)}\n`;
    writeSync(fd, headerText);
    const cipher = createCipheriv('aes-256-gcm', backupKey(keyring, header.keyId, salt), nonce);
    cipher.setAAD(Buffer.from(headerText));
    const hash = createHash('sha256');
    const emit = (line: string) => {
      hash.update(line);
      writeSync(fd, cipher.update(line, 'utf8'));
    };
    const counts: Record<string, number> = {};
    // Repeatable read on PostgreSQL; SQLite in WAL mode reads one snapshot inside a transaction.
    await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        let total = 0;
        for (const table of BACKUP_TABLES) total += await countRows(trx, table);
        let done = 0;
        options.onProgress?.('rows', 0, total);
        for (const table of BACKUP_TABLES) {
          counts[table] = 0;
          for await (const batch of readBatches(trx, table)) {
            for (const row of batch) emit(`${JSON.stringify({ table, row })}\n`);
            counts[table] += batch.length;
            done += batch.length;
            options.onProgress?.('rows', done, total);
          }
        }
      });
    const manifest: BackupManifest = { counts, sha256: hash.digest('hex') };
    writeSync(fd, cipher.update(`${JSON.stringify({ manifest })}\n`, 'utf8'));
    writeSync(fd, cipher.final());
    writeSync(fd, cipher.getAuthTag());
    return manifest;
  } finally {
    closeSync(fd);
  }
}

async function countRows(db: Kysely<Database>, table: TableName): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(
    db,
  );
  return Number(rows[0]?.n ?? 0);
}

async function* readBatches(
  db: Kysely<Database>,
  table: TableName,
): AsyncGenerator<Record<string, unknown>[]> {
  let after = '';
  for (;;) {
    const { rows } = await sql<Record<string, unknown>>`
      select * from ${sql.table(table)} where id > ${after} order by id limit ${BATCH_ROWS}`.execute(db);
    if (rows.length === 0) return;
    yield rows;
    after = String(rows[rows.length - 1]?.id);
  }
}

/** Reads the header of a backup file; throws BackupError when the file is not one. */
function readHeader(fd: number): { header: Header; headerText: string; bodyStart: number } {
  const start = Buffer.alloc(4096);
  const read = readSync(fd, start, 0, start.length, 0);
  const text = start.subarray(0, read).toString('latin1');
  if (!text.startsWith(MAGIC))
    throw new BackupError('Not a Rampart backup (or not of a format this version reads).');
  const end = text.indexOf('\n', MAGIC.length);
  if (end === -1) throw new BackupError('The backup is truncated: its header is incomplete.');
  const headerText = text.slice(0, end + 1);
  let header: Header;
  try {
    header = JSON.parse(headerText.slice(MAGIC.length)) as Header;
  } catch {
    throw new BackupError('The backup header is damaged.');
  }
  if (header.format !== 1 || typeof header.keyId !== 'string' || typeof header.salt !== 'string') {
    throw new BackupError('The backup header is damaged.');
  }
  return { header, headerText, bodyStart: Buffer.byteLength(headerText, 'latin1') };
}

/**
 * Checks a backup end to end — its key, its authentication tag over every byte, its manifest — and
 * only then restores it into an empty database of the same schema, in one transaction. On any
 * failure nothing is written. Returns the manifest.
 */
export async function restoreBackup(
  db: Kysely<Database>,
  keyring: Keyring,
  file: string,
  options: { onProgress?: BackupProgress },
): Promise<BackupManifest> {
  const fd = openSync(file, 'r');
  let header: Header;
  let headerText: string;
  let bodyStart: number;
  let size: number;
  try {
    ({ header, headerText, bodyStart } = readHeader(fd));
    size = fstatSync(fd).size;
  } finally {
    closeSync(fd);
  }
  if (!keyring.ids.includes(header.keyId)) {
    throw new BackupError(
      `The backup was made with key "${header.keyId}", which ENCRYPTION_KEYS does not hold; add that key to restore it.`,
    );
  }
  if (size - bodyStart < TAG_BYTES) throw new BackupError('The backup is truncated.');
  const open = () => {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      backupKey(keyring, header.keyId, Buffer.from(header.salt, 'base64')),
      Buffer.from(header.nonce, 'base64'),
      { authTagLength: TAG_BYTES },
    ) as DecipherGCM;
    decipher.setAAD(Buffer.from(headerText, 'latin1'));
    const tag = Buffer.alloc(TAG_BYTES);
    const tagFd = openSync(file, 'r');
    readSync(tagFd, tag, 0, TAG_BYTES, size - TAG_BYTES);
    closeSync(tagFd);
    decipher.setAuthTag(tag);
    return decipher;
  };
  const lines = (decipher: DecipherGCM) => {
    const body = createReadStream(file, { start: bodyStart, end: size - TAG_BYTES - 1 }).pipe(decipher);
    return createInterface({ input: body, crlfDelay: Number.POSITIVE_INFINITY });
  };

  // Pass 1: authenticate every byte and check the manifest, writing nothing.
  const manifest = await checkBody(lines(open()), size, options.onProgress);
  if (header.migration !== (await latestMigration(db))) {
    throw new BackupError(
      `The backup's schema (${header.migration}) is not this database's (${await latestMigration(db)}): restore it with the Rampart version that made it.`,
    );
  }
  for (const table of BACKUP_TABLES) {
    if ((await countRows(db, table)) > 0) {
      throw new BackupError(
        `The database is not empty (${table} has rows): restore into a new, empty database.`,
      );
    }
  }
  // Pass 2: the same bytes (checked again as they stream), inserted in one transaction.
  const total = Object.values(manifest.counts).reduce((a, b) => a + b, 0);
  await db.transaction().execute(async (trx) => {
    let done = 0;
    let batch: Record<string, unknown>[] = [];
    let batchTable = '';
    const flush = async () => {
      if (batch.length === 0) return;
      await trx
        .insertInto(batchTable as TableName)
        .values(batch as never)
        .execute();
      done += batch.length;
      options.onProgress?.('rows', done, total);
      batch = [];
    };
    for await (const line of lines(open())) {
      const entry = JSON.parse(line) as { table?: TableName; row?: Record<string, unknown> };
      if (!entry.table || !entry.row) continue;
      if (entry.table !== batchTable || batch.length >= BATCH_ROWS) {
        await flush();
        batchTable = entry.table;
      }
      batch.push(entry.row);
    }
    await flush();
  });
  return manifest;
}

async function checkBody(
  input: ReturnType<typeof createInterface>,
  size: number,
  onProgress: BackupProgress | undefined,
): Promise<BackupManifest> {
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  let manifest: BackupManifest | undefined;
  let bytes = 0;
  try {
    for await (const line of input) {
      bytes += line.length + 1;
      onProgress?.('checking', Math.min(bytes, size), size);
      if (manifest) throw new BackupError('The backup has data after its manifest.');
      const entry = JSON.parse(line) as { table?: string; row?: unknown; manifest?: BackupManifest };
      if (entry.manifest) {
        manifest = entry.manifest;
        continue;
      }
      if (!entry.table || !(BACKUP_TABLES as readonly string[]).includes(entry.table) || !entry.row) {
        throw new BackupError('The backup holds a line that is not a row of a known table.');
      }
      hash.update(`${line}\n`);
      counts[entry.table] = (counts[entry.table] ?? 0) + 1;
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    // The GCM tag is checked when the stream ends: a changed or cut byte anywhere lands here.
    throw new BackupError(
      'The backup failed authentication: it was changed, cut short, or made with another key.',
      {
        cause: error,
      },
    );
  }
  onProgress?.('checking', size, size);
  if (!manifest) throw new BackupError('The backup has no manifest: it was cut short.');
  const expected = Object.fromEntries(Object.entries(manifest.counts).filter(([, n]) => n > 0));
  if (
    manifest.sha256 !== hash.digest('hex') ||
    JSON.stringify(sortKeys(expected)) !== JSON.stringify(sortKeys(counts))
  ) {
    throw new BackupError('The backup does not match its manifest.');
  }
  return manifest;
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
