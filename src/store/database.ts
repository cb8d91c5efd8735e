import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

/** Which engine a database runs on. */
export type DatabaseDriver = 'sqlite' | 'postgres';

/** An open database and how to close it. */
export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly driver: DatabaseDriver;
  /** Where the data lives, without credentials. */
  readonly location: string;
  close(): Promise<void>;
}

/** Options for `openDatabase`. */
export interface DatabaseOptions {
  /** PostgreSQL connection string; unset means SQLite in `dataDir`. */
  readonly databaseUrl?: string | undefined;
  readonly dataDir: string;
  /** Extra pg pool settings, for tests that isolate themselves in a schema. */
  readonly postgresSearchPath?: string;
  /** TLS to PostgreSQL; unset means `disable`. */
  readonly tls?: DatabaseTls | undefined;
}

/**
 * TLS to PostgreSQL, as libpq's sslmode: `require` encrypts without checking who answers;
 * `verify-full` also checks the server's certificate against `ca` and its name against the host.
 * `cert` and `key` are the client certificate, for servers that ask for one.
 */
export interface DatabaseTls {
  readonly mode: 'disable' | 'require' | 'verify-full';
  readonly ca?: Buffer | undefined;
  readonly cert?: Buffer | undefined;
  readonly key?: Buffer | undefined;
}

/** Connections are replaced after this long, so credential and certificate changes take hold. */
const CONNECTION_MAX_LIFETIME_SECONDS = 30 * 60;

/** The SQLite file name inside DATA_DIR. */
export const SQLITE_FILE = 'rampart.db';

/** Opens SQLite (WAL mode) or PostgreSQL; the returned handle has not been migrated. */
export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.postgresSearchPath, options.tls);
  return openSqlite(path.join(options.dataDir, SQLITE_FILE));
}

function openSqlite(file: string): DatabaseHandle {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const connection = new SQLite(file);
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(connection) }),
  });
  return { db, driver: 'sqlite', location: file, close: () => db.destroy() };
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query afresh; preparing is a large share of a SQLite round trip. The same SQL
 * text (parameters are bound separately) reuses its prepared statement.
 */
function withStatementCache(connection: SQLite.Database) {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => connection.close(),
    prepare(sqlText: string) {
      let statement = statements.get(sqlText);
      if (!statement) {
        if (statements.size >= STATEMENT_CACHE_SIZE)
          statements.delete(statements.keys().next().value as string);
        statement = connection.prepare(sqlText);
        statements.set(sqlText, statement);
      }
      return statement;
    },
  };
}

function sslOptions(tls: DatabaseTls | undefined): pg.PoolConfig['ssl'] {
  if (!tls || tls.mode === 'disable') return false;
  const client = { ...(tls.cert ? { cert: tls.cert } : {}), ...(tls.key ? { key: tls.key } : {}) };
  if (tls.mode === 'require') return { rejectUnauthorized: false, ...client };
  // pg sets the server name from the host, and Node then checks the certificate against it.
  return { rejectUnauthorized: true, ca: tls.ca, ...client };
}

function openPostgres(
  connectionString: string,
  searchPath: string | undefined,
  tls: DatabaseTls | undefined,
): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString,
    ssl: sslOptions(tls),
    max: 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    maxLifetimeSeconds: CONNECTION_MAX_LIFETIME_SECONDS,
    ...(searchPath ? { options: `-c search_path=${searchPath}` } : {}),
  });
  // A lost connection is emitted as an 'error' event on the pool (idle clients) or on the client
  // itself (between queries); unhandled, either would crash the process. The failing query still
  // rejects, and the pool discards the broken client.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const url = new URL(connectionString);
  return {
    db,
    driver: 'postgres',
    location: `${url.hostname}:${url.port || 5432}${url.pathname}`,
    close: () => db.destroy(),
  };
}

/** Runs a trivial query; resolves to false instead of throwing when the database is unreachable. */
export async function pingDatabase(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
