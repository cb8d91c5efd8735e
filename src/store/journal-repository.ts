import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Keyring } from '../security/keyring.js';
import { newId } from './ids.js';
import type { Database } from './schema.js';

/** A journal entry. */
export interface JournalEntry {
  id: string;
  content: string;
  createdAt: string;
}

/** A user's journal. */
export function createJournalRepository(db: Kysely<Database>, clock: Clock, keyring: Keyring) {
  const context = (id: string) => `journal_entries.content:${id}`;
  return {
    async add(userId: string, content: string): Promise<JournalEntry> {
      const id = newId();
      const row = {
        id,
        user_id: userId,
        content: keyring.seal(content, context(id)),
        created_at: clock.now().toISOString(),
      };
      await db.insertInto('journal_entries').values(row).execute();
      return { id: row.id, content, createdAt: row.created_at };
    },

    /** The newest `limit` entries, oldest first. */
    async listRecent(userId: string, limit: number): Promise<JournalEntry[]> {
      const rows = await db
        .selectFrom('journal_entries')
        .select(['id', 'content', 'created_at'])
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows
        .reverse()
        .map((r) => ({ id: r.id, content: keyring.open(r.content, context(r.id)), createdAt: r.created_at }));
    },

    async clear(userId: string): Promise<number> {
      const result = await db.deleteFrom('journal_entries').where('user_id', '=', userId).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

/** The journal repository's type. */
export type JournalRepository = ReturnType<typeof createJournalRepository>;
