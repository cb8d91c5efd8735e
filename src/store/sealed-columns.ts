import { type Kysely, sql } from 'kysely';
import { OperatorError } from '../errors.js';
import { type Keyring, keyIdOf, sealedWithPattern } from '../security/keyring.js';
import type { Database } from './schema.js';

/**
 * Every column that holds what users write, sealed by the keyring. The context a value is bound to
 * is `<table>.<column>:<row id>`. Nothing filters on these columns: queries select by owner, time
 * or id, and decrypt what they return.
 */
export const SEALED_COLUMNS = [
  { table: 'chat_messages', column: 'content' },
  { table: 'chat_sessions', column: 'title' },
  { table: 'calendar_events', column: 'title' },
  { table: 'calendar_events', column: 'description' },
  { table: 'journal_entries', column: 'content' },
] as const;

type SealedColumn = (typeof SEALED_COLUMNS)[number];

/** The context a sealed value is bound to. */
export function sealedContext(place: SealedColumn, rowId: string): string {
  return `${place.table}.${place.column}:${rowId}`;
}

// The table and column names come from SEALED_COLUMNS above, never from input.
const ref = (place: SealedColumn) => ({ table: sql.table(place.table), column: sql.ref(place.column) });

/**
 * How many sealed values each key protects, and how many name no configured key (or no key at all):
 * one scan per column, counting every key at once, since start-up runs it too.
 */
export async function sealedValueCounts(
  db: Kysely<Database>,
  keyIds: readonly string[],
): Promise<{ byKey: Record<string, number>; other: number; otherExample: string | null }> {
  const byKey: Record<string, number> = Object.fromEntries(keyIds.map((id) => [id, 0]));
  let other = 0;
  let otherExample: string | null = null;
  for (const place of SEALED_COLUMNS) {
    const { table, column } = ref(place);
    const known = keyIds.map((id) => sql`${column} like ${sealedWithPattern(id)}`);
    const isOther = sql`${column} is not null${sql.join(
      known.map((k) => sql` and not (${k})`),
      sql``,
    )}`;
    const perKey = known.map((k, i) => sql`sum(case when ${k} then 1 else 0 end) as ${sql.ref(`k${i}`)}`);
    const { rows } = await sql<Record<string, number | string | null>>`
      select ${sql.join([...perKey, sql`sum(case when ${isOther} then 1 else 0 end) as other`])},
        min(case when ${isOther} then substr(${column}, 1, 24) end) as example
      from ${table}`.execute(db);
    const row = rows[0] ?? {};
    keyIds.forEach((id, i) => {
      byKey[id] = (byKey[id] ?? 0) + Number(row[`k${i}`] ?? 0);
    });
    const n = Number(row.other ?? 0);
    other += n;
    if (n > 0 && otherExample === null) otherExample = (row.example as string | null) ?? null;
  }
  return { byKey, other, otherExample };
}

/** Thrown at start-up when stored values name a key that is not configured. */
export class MissingKeyError extends OperatorError {}

/**
 * Refuses to run when stored data is sealed with a key that is not configured: the server would
 * otherwise start, then fail on every read of that data. The message names the key id.
 */
export async function checkSealedKeys(db: Kysely<Database>, keyring: Keyring): Promise<void> {
  const counts = await sealedValueCounts(db, keyring.ids);
  if (counts.other === 0) return;
  const id = counts.otherExample === null ? null : keyIdOf(counts.otherExample);
  throw new MissingKeyError(
    id
      ? `${counts.other} stored value(s) are sealed with key "${id}", which ENCRYPTION_KEYS does not hold. ` +
          `Add it back (after the current key) and run \`rampart keys rotate\` before removing it.`
      : `${counts.other} stored value(s) are not sealed values of a known format; the database was changed ` +
          'outside Rampart or restored from another system.',
  );
}

/** Progress of a rotation: values re-sealed so far out of those found at the start. */
export type RotationProgress = (done: number, total: number) => void;

/**
 * Re-seals every value not sealed with the current key, in batches of `batchSize` rows, each batch
 * its own transaction: safe while the server runs (a row changed meanwhile is skipped and picked up
 * by the next pass) and resumable after a crash (finished batches stay finished). Returns the count.
 */
export async function rotateSealedValues(
  db: Kysely<Database>,
  keyring: Keyring,
  options: { batchSize: number; onProgress?: RotationProgress },
): Promise<number> {
  const current = sealedWithPattern(keyring.currentId);
  const stale = (place: SealedColumn) => {
    const { table, column } = ref(place);
    return { table, column, where: sql`${column} is not null and ${column} not like ${current}` };
  };
  let total = 0;
  for (const place of SEALED_COLUMNS) {
    const { table, where } = stale(place);
    const { rows } = await sql<{
      n: number | string;
    }>`select count(*) as n from ${table} where ${where}`.execute(db);
    total += Number(rows[0]?.n ?? 0);
  }
  let done = 0;
  options.onProgress?.(done, total);
  for (const place of SEALED_COLUMNS) {
    const { table, column, where } = stale(place);
    let afterId = '';
    for (;;) {
      const { rows } = await sql<{ id: string; value: string }>`
        select id, ${column} as value from ${table} where ${where} and id > ${afterId}
        order by id limit ${options.batchSize}`.execute(db);
      if (rows.length === 0) break;
      await db.transaction().execute(async (trx) => {
        for (const row of rows) {
          const context = sealedContext(place, row.id);
          const resealed = keyring.seal(keyring.open(row.value, context), context);
          // Only if unchanged since it was read: a concurrent edit wins and is re-sealed on a later pass.
          await sql`update ${table} set ${column} = ${resealed} where id = ${row.id} and ${column} = ${row.value}`.execute(
            trx,
          );
        }
      });
      afterId = (rows[rows.length - 1] as { id: string }).id;
      done += rows.length;
      options.onProgress?.(done, total);
    }
  }
  return done;
}
