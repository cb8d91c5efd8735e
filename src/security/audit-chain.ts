import { createHash } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../store/schema.js';

/**
 * The security event hash chain.
 *
 * Row n stores `prev_hash` (row n-1's `hash`; 64 zeros for row 1) and
 * `hash = hex(SHA-256(UTF-8(prev_hash + canonicalJson(content))))`, where `content` is
 * `{ seq, id, occurred_at, type, severity, user_id, ip, request_id, detail }` with `detail` as the
 * parsed JSON object. Canonical JSON is RFC 8785 (JCS) for the JSON values we store: object keys
 * sorted by UTF-16 code units, no whitespace, strings and numbers serialised as `JSON.stringify` does.
 * `seq` runs 1, 2, 3, … without gaps, so a missing number is a deleted row.
 *
 * The chain has no key: it detects edits, deletions and moves of rows that are followed by intact
 * rows, but someone with write access to the database can rewrite the tail and rehash it. The
 * `security.log` file (and exports shipped to a SIEM) are the independent copy to compare against.
 */

/** The `prev_hash` of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/** The hashed content of one row. */
export interface ChainContent {
  seq: number;
  id: string;
  occurred_at: string;
  type: string;
  severity: string;
  user_id: string | null;
  ip: string | null;
  request_id: string | null;
  detail: unknown;
}

/** Serialises a JSON value canonically: sorted keys, no whitespace (see the module comment). */
export function canonicalJson(value: unknown): string {
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    return canonicalJson((value as { toJSON(): unknown }).toJSON());
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined && typeof record[key] !== 'function')
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${members.join(',')}}`;
  }
  if (typeof value === 'bigint') return JSON.stringify(value.toString());
  return JSON.stringify(value) ?? 'null';
}

/** The hash of a row: hex SHA-256 of `prevHash` followed by the canonical JSON of its content. */
export function chainHash(prevHash: string, content: ChainContent): string {
  const { seq, id, occurred_at, type, severity, user_id, ip, request_id, detail } = content;
  const canonical = canonicalJson({ seq, id, occurred_at, type, severity, user_id, ip, request_id, detail });
  return createHash('sha256')
    .update(prevHash + canonical, 'utf8')
    .digest('hex');
}

/** What is wrong at the first bad row. */
export type ChainProblem = 'modified' | 'deleted' | 'reordered' | 'broken_link';

/** The outcome of `verifyChain`; `rows` counts the rows found intact (before the first bad one). */
export type ChainVerification =
  | { ok: true; rows: number }
  | { ok: false; firstBadSeq: number; problem: ChainProblem; rows: number };

type Row = Selectable<Database['security_events']>;

/**
 * Walks the chain in seq order, a page at a time, and reports the first bad row:
 * `deleted` (a seq is missing; firstBadSeq is the missing number), `reordered` (the row is intact
 * but chained after a row that sits elsewhere), `modified` (the row's content no longer matches its
 * hash, which the next row still vouches for) or `broken_link` (a stored hash or prev_hash was
 * altered, or a row was edited and rehashed; reported at the row whose link no longer holds).
 */
export async function verifyChain(
  db: Kysely<Database>,
  options: { pageSize?: number } = {},
): Promise<ChainVerification> {
  const pageSize = options.pageSize ?? 1000;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let rows = 0;
  let after: number | undefined;
  for (;;) {
    let query = db.selectFrom('security_events').selectAll().orderBy('seq', 'asc').limit(pageSize);
    if (after !== undefined) query = query.where('seq', '>', after);
    const page = await query.execute();
    for (const row of page) {
      const seq = Number(row.seq);
      const problem = await checkRow(db, row, seq, expectedSeq, prevHash);
      if (problem) return { ok: false, firstBadSeq: problem.seq, problem: problem.kind, rows };
      rows += 1;
      expectedSeq += 1;
      prevHash = row.hash;
      after = seq;
    }
    if (page.length < pageSize) return { ok: true, rows };
  }
}

async function checkRow(
  db: Kysely<Database>,
  row: Row,
  seq: number,
  expectedSeq: number,
  prevHash: string,
): Promise<{ seq: number; kind: ChainProblem } | undefined> {
  // Rows come in ascending seq order, so a smaller seq than expected can only be a forged seq < 1.
  if (seq > expectedSeq) return { seq: expectedSeq, kind: 'deleted' };
  if (seq < expectedSeq) return { seq, kind: 'broken_link' };
  const recomputed = recomputeHash(row, seq);
  const linkOk = row.prev_hash === prevHash;
  if (linkOk && recomputed === row.hash) return undefined;
  if (!linkOk) {
    return { seq, kind: (await followsRowElsewhere(db, row, seq)) ? 'reordered' : 'broken_link' };
  }
  // The link holds but the row does not hash to its stored value. If the next row's prev_hash
  // matches the recomputed hash, the content is original and the stored hash was altered.
  const next = await db
    .selectFrom('security_events')
    .select('prev_hash')
    .where('seq', '>', seq)
    .orderBy('seq', 'asc')
    .limit(1)
    .executeTakeFirst();
  if (next && recomputed !== undefined && next.prev_hash === recomputed) return { seq, kind: 'broken_link' };
  return { seq, kind: 'modified' };
}

/** Whether the row chains after a row that exists but is not its predecessor (so it was moved). */
async function followsRowElsewhere(db: Kysely<Database>, row: Row, seq: number): Promise<boolean> {
  if (row.prev_hash === GENESIS_HASH) return seq !== 1;
  const found = await db
    .selectFrom('security_events')
    .select('seq')
    .where('hash', '=', row.prev_hash)
    .where('seq', '<>', seq - 1)
    .limit(1)
    .executeTakeFirst();
  return found !== undefined;
}

function recomputeHash(row: Row, seq: number): string | undefined {
  let detail: unknown;
  try {
    detail = JSON.parse(row.detail);
  } catch {
    return undefined;
  }
  return chainHash(row.prev_hash, { ...row, seq, detail });
}
