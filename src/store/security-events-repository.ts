import { type Kysely, PostgresAdapter, type Selectable, sql } from 'kysely';
import type { Clock } from '../clock.js';
import { canonicalJson, chainHash, GENESIS_HASH } from '../security/audit-chain.js';
import { redactDetail } from '../security/audit-redact.js';
import { newId } from './ids.js';
import type { Database } from './schema.js';

/** A security event as recorded. */
export interface SecurityEvent {
  /** Position in the hash chain: 1, 2, 3, … */
  seq: number;
  id: string;
  occurredAt: string;
  type: string;
  severity: 'info' | 'warning' | 'critical';
  userId: string | null;
  ip: string | null;
  requestId: string | null;
  detail: Record<string, unknown>;
  /** The previous row's hash (64 zeros for the first). */
  prevHash: string;
  /** Hex SHA-256 over prevHash and this row's canonical content (see src/security/audit-chain.ts). */
  hash: string;
}

/** What a caller records; the id, time and chain fields are added. */
export type NewSecurityEvent = Pick<SecurityEvent, 'type' | 'severity' | 'detail'> & {
  userId?: string | null;
  ip?: string | null;
  requestId?: string | null;
};

/** Filters for listing events; all optional. */
export interface SecurityEventFilter {
  type?: string | undefined;
  ip?: string | undefined;
  userId?: string | undefined;
  /** Only events that occurred at or after this instant. */
  since?: Date | undefined;
}

/** Key of the PostgreSQL advisory lock that serialises appends across processes ('RAMPAU'). */
const CHAIN_LOCK_KEY = 0x5241_4d50_4155;

type Executor = Kysely<Database>;

/**
 * The append-only, hash-chained security event table. Appends are serialised: in process by a
 * mutex, across processes by the database (PostgreSQL: an advisory transaction lock; SQLite:
 * `BEGIN IMMEDIATE`, which takes the write lock before the tail is read). Each append reads the tail
 * and inserts seq = tail + 1 with its final hash in one statement; seq is assigned here rather than
 * by a database sequence because PostgreSQL sequences skip numbers on rollback, and a gap must mean
 * a deleted row. Details pass through `redactDetail` before they are stored.
 */
export function createSecurityEventsRepository(db: Kysely<Database>, clock: Clock) {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  let tail: Promise<unknown> = Promise.resolve();

  /** Runs `work` after every earlier append in this process has finished. */
  function serialised<T>(work: () => Promise<T>): Promise<T> {
    const result = tail.then(work);
    tail = result.catch(() => undefined);
    return result;
  }

  /** Runs `work` in a transaction that holds the chain lock. */
  async function locked<T>(work: (trx: Executor) => Promise<T>): Promise<T> {
    if (isPostgres) {
      const inLock = async (trx: Executor) => {
        await sql`select pg_advisory_xact_lock(${sql.lit(CHAIN_LOCK_KEY)})`.execute(trx);
        return work(trx);
      };
      // Inside a caller's transaction the lock is held until that transaction ends.
      return db.isTransaction ? inLock(db) : db.transaction().execute(inLock);
    }
    if (db.isTransaction) return work(db);
    return db.connection().execute(async (connection) => {
      await sql`begin immediate`.execute(connection);
      try {
        const result = await work(connection);
        await sql`commit`.execute(connection);
        return result;
      } catch (error) {
        await sql`rollback`.execute(connection).catch(() => undefined);
        throw error;
      }
    });
  }

  return {
    /** Appends an event to the chain and returns it as stored. */
    append(event: NewSecurityEvent): Promise<SecurityEvent> {
      const detail = redactDetail(event.detail);
      return serialised(() =>
        locked(async (trx) => {
          const last = await trx
            .selectFrom('security_events')
            .select(['seq', 'hash'])
            .orderBy('seq', 'desc')
            .limit(1)
            .executeTakeFirst();
          const content = {
            seq: last ? Number(last.seq) + 1 : 1,
            id: newId(),
            occurred_at: clock.now().toISOString(),
            type: event.type,
            severity: event.severity,
            user_id: event.userId ?? null,
            ip: event.ip ?? null,
            request_id: event.requestId ?? null,
          };
          const prevHash = last?.hash ?? GENESIS_HASH;
          const row = {
            ...content,
            detail: canonicalJson(detail),
            prev_hash: prevHash,
            hash: chainHash(prevHash, { ...content, detail }),
          };
          await trx.insertInto('security_events').values(row).execute();
          return toEvent(row);
        }),
      );
    },

    /** The newest events first, optionally filtered. */
    async list(options: SecurityEventFilter & { limit?: number } = {}): Promise<SecurityEvent[]> {
      const query = filtered(db, options)
        .selectAll()
        .orderBy('seq', 'desc')
        .limit(options.limit ?? 100);
      return (await query.execute()).map(toEvent);
    },

    /** Events after `afterSeq`, oldest first, optionally filtered; for paging through the log. */
    async listAfter(afterSeq: number, options: SecurityEventFilter & { limit?: number } = {}) {
      const query = filtered(db, options)
        .selectAll()
        .where('seq', '>', afterSeq)
        .orderBy('seq', 'asc')
        .limit(options.limit ?? 1000);
      return (await query.execute()).map(toEvent);
    },
  };
}

/** The security events repository's type. */
export type SecurityEventsRepository = ReturnType<typeof createSecurityEventsRepository>;

function filtered(db: Executor, filter: SecurityEventFilter) {
  let query = db.selectFrom('security_events');
  if (filter.type !== undefined) query = query.where('type', '=', filter.type);
  if (filter.ip !== undefined) query = query.where('ip', '=', filter.ip);
  if (filter.userId !== undefined) query = query.where('user_id', '=', filter.userId);
  if (filter.since !== undefined) query = query.where('occurred_at', '>=', filter.since.toISOString());
  return query;
}

function toEvent(row: Selectable<Database['security_events']>): SecurityEvent {
  return {
    seq: Number(row.seq),
    id: row.id,
    occurredAt: row.occurred_at,
    type: row.type,
    severity: row.severity,
    userId: row.user_id,
    ip: row.ip,
    requestId: row.request_id,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
