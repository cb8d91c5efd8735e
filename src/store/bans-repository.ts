import type { Kysely } from 'kysely';
import { newId } from './ids.js';
import type { Database } from './schema.js';

/** A ban, active or past. */
export interface Ban {
  id: string;
  subjectType: 'ip' | 'user';
  subject: string;
  reason: string;
  source: string;
  createdBy: string | null;
  createdAt: Date;
  expiresAt: Date;
  liftedAt: Date | null;
  liftedBy: string | null;
}

/** Bans of addresses and users; the database is what survives restarts. */
export function createBansRepository(db: Kysely<Database>) {
  return {
    async insert(ban: Omit<Ban, 'id' | 'liftedAt' | 'liftedBy'>): Promise<Ban> {
      const row = {
        id: newId(),
        subject_type: ban.subjectType,
        subject: ban.subject,
        reason: ban.reason.slice(0, 200),
        source: ban.source,
        created_by: ban.createdBy,
        created_at: ban.createdAt.toISOString(),
        expires_at: ban.expiresAt.toISOString(),
        lifted_at: null,
        lifted_by: null,
      };
      await db.insertInto('bans').values(row).execute();
      return fromRow(row);
    },

    /** Bans in force at `now`. */
    async listActive(now: Date): Promise<Ban[]> {
      const rows = await db
        .selectFrom('bans')
        .selectAll()
        .where('lifted_at', 'is', null)
        .where('expires_at', '>', now.toISOString())
        .orderBy('expires_at')
        .execute();
      return rows.map(fromRow);
    },

    /** The most recent bans, newest first (active and past), optionally of one subject. */
    async history(options: { subject?: string; limit?: number } = {}): Promise<Ban[]> {
      let query = db
        .selectFrom('bans')
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(options.limit ?? 200);
      if (options.subject !== undefined) query = query.where('subject', '=', options.subject);
      return (await query.execute()).map(fromRow);
    },

    /** Lifts active bans by id or by subject; returns the lifted bans. */
    async lift(match: { id?: string; subject?: string }, at: Date, by: string | null): Promise<Ban[]> {
      let query = db
        .selectFrom('bans')
        .selectAll()
        .where('lifted_at', 'is', null)
        .where('expires_at', '>', at.toISOString());
      if (match.id !== undefined) query = query.where('id', '=', match.id);
      if (match.subject !== undefined) query = query.where('subject', '=', match.subject);
      const rows = await query.execute();
      if (rows.length === 0) return [];
      await db
        .updateTable('bans')
        .set({ lifted_at: at.toISOString(), lifted_by: by })
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
      return rows.map((r) => fromRow({ ...r, lifted_at: at.toISOString(), lifted_by: by }));
    },
  };
}

/** The bans repository's type. */
export type BansRepository = ReturnType<typeof createBansRepository>;

function fromRow(row: Database['bans']): Ban {
  return {
    id: row.id,
    subjectType: row.subject_type,
    subject: row.subject,
    reason: row.reason,
    source: row.source,
    createdBy: row.created_by,
    createdAt: new Date(row.created_at),
    expiresAt: new Date(row.expires_at),
    liftedAt: row.lifted_at ? new Date(row.lifted_at) : null,
    liftedBy: row.lifted_by,
  };
}
