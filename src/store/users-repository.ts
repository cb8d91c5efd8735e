import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import { newId } from './ids.js';
import type { Database } from './schema.js';

/** A user account, without its password hash. */
export interface User {
  id: string;
  username: string;
  role: string;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** User accounts. */
export function createUsersRepository(db: Kysely<Database>, clock: Clock) {
  return {
    async create(user: { username: string; passwordHash: string; role: string }): Promise<User> {
      const now = clock.now().toISOString();
      const row = {
        id: newId(),
        username: user.username,
        password_hash: user.passwordHash,
        role: user.role,
        disabled: 0,
        created_at: now,
        updated_at: now,
      };
      await db.insertInto('users').values(row).execute();
      return toUser(row);
    },

    async findById(id: string): Promise<User | undefined> {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toUser(row);
    },

    /** The user and their password hash, for login. */
    async findCredentials(username: string): Promise<{ user: User; passwordHash: string } | undefined> {
      const row = await db
        .selectFrom('users')
        .selectAll()
        .where('username', '=', username)
        .executeTakeFirst();
      return row && { user: toUser(row), passwordHash: row.password_hash };
    },

    async list(): Promise<User[]> {
      const rows = await db.selectFrom('users').selectAll().orderBy('username').execute();
      return rows.map(toUser);
    },

    async count(): Promise<number> {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Changes some fields; resolves to false when the user does not exist. */
    async update(
      id: string,
      changes: { role?: string; disabled?: boolean; passwordHash?: string },
    ): Promise<boolean> {
      const result = await db
        .updateTable('users')
        .set({
          ...(changes.role !== undefined ? { role: changes.role } : {}),
          ...(changes.disabled !== undefined ? { disabled: changes.disabled ? 1 : 0 } : {}),
          ...(changes.passwordHash !== undefined ? { password_hash: changes.passwordHash } : {}),
          updated_at: clock.now().toISOString(),
        })
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Gives the data of the account-less local user to a real account (done once, at first setup). */
    async adoptLocalData(userId: string): Promise<void> {
      for (const table of ['chat_sessions', 'calendar_events', 'journal_entries', 'workflow_runs'] as const) {
        await db.updateTable(table).set({ user_id: userId }).where('user_id', '=', 'local').execute();
      }
    },
  };
}

/** The users repository's type. */
export type UsersRepository = ReturnType<typeof createUsersRepository>;

function toUser(row: Database['users']): User {
  return {
    id: row.id,
    username: row.username,
    role: row.role,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
