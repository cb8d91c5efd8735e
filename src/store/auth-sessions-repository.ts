import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** A stored login session (the secret is only ever held as its hash). */
export interface AuthSessionRow {
  id: string;
  userId: string;
  secretHash: string;
  createdAt: Date;
  lastActivityAt: Date;
  expiresAt: Date;
  ip: string;
  userAgent: string;
}

/** Login sessions. */
export function createAuthSessionsRepository(db: Kysely<Database>) {
  return {
    async insert(session: AuthSessionRow): Promise<void> {
      await db.insertInto('auth_sessions').values(toRow(session)).execute();
    },

    async findById(id: string): Promise<AuthSessionRow | undefined> {
      const row = await db.selectFrom('auth_sessions').selectAll().where('id', '=', id).executeTakeFirst();
      return row && fromRow(row);
    },

    async listForUser(userId: string): Promise<AuthSessionRow[]> {
      const rows = await db
        .selectFrom('auth_sessions')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('last_activity_at', 'desc')
        .execute();
      return rows.map(fromRow);
    },

    async listAll(limit = 500): Promise<AuthSessionRow[]> {
      const rows = await db
        .selectFrom('auth_sessions')
        .selectAll()
        .orderBy('last_activity_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map(fromRow);
    },

    async touch(id: string, lastActivityAt: Date): Promise<void> {
      await db
        .updateTable('auth_sessions')
        .set({ last_activity_at: lastActivityAt.toISOString() })
        .where('id', '=', id)
        .execute();
    },

    /** Deletes one session; with `userId`, only if it belongs to that user. Returns whether one was deleted. */
    async delete(id: string, userId?: string): Promise<boolean> {
      let query = db.deleteFrom('auth_sessions').where('id', '=', id);
      if (userId !== undefined) query = query.where('user_id', '=', userId);
      const result = await query.executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },

    async deleteAllForUser(userId: string): Promise<number> {
      const result = await db.deleteFrom('auth_sessions').where('user_id', '=', userId).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    /** Removes sessions past their absolute expiry or idle since before `idleBefore`. */
    async deleteExpired(now: Date, idleBefore: Date): Promise<number> {
      const result = await db
        .deleteFrom('auth_sessions')
        .where((eb) =>
          eb.or([
            eb('expires_at', '<=', now.toISOString()),
            eb('last_activity_at', '<=', idleBefore.toISOString()),
          ]),
        )
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

/** The login-sessions repository's type. */
export type AuthSessionsRepository = ReturnType<typeof createAuthSessionsRepository>;

function toRow(s: AuthSessionRow): Database['auth_sessions'] {
  return {
    id: s.id,
    user_id: s.userId,
    secret_hash: s.secretHash,
    created_at: s.createdAt.toISOString(),
    last_activity_at: s.lastActivityAt.toISOString(),
    expires_at: s.expiresAt.toISOString(),
    ip: s.ip,
    user_agent: s.userAgent,
  };
}

function fromRow(row: Database['auth_sessions']): AuthSessionRow {
  return {
    id: row.id,
    userId: row.user_id,
    secretHash: row.secret_hash,
    createdAt: new Date(row.created_at),
    lastActivityAt: new Date(row.last_activity_at),
    expiresAt: new Date(row.expires_at),
    ip: row.ip,
    userAgent: row.user_agent,
  };
}
