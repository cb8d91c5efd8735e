import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** A stored API key (the secret is only ever held as its hash). */
export interface ApiKeyRow {
  id: string;
  userId: string;
  name: string;
  secretHash: string;
  /** Permissions the key is limited to; null means all of its owner's. */
  scopes: string[] | null;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
  revokedAt: Date | null;
  graceUntil: Date | null;
  replacedBy: string | null;
}

/** API keys. */
export function createApiKeysRepository(db: Kysely<Database>) {
  return {
    async insert(key: ApiKeyRow): Promise<void> {
      await db.insertInto('api_keys').values(toRow(key)).execute();
    },

    async findById(id: string): Promise<ApiKeyRow | undefined> {
      const row = await db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
      return row && fromRow(row);
    },

    async list(userId?: string): Promise<ApiKeyRow[]> {
      let query = db.selectFrom('api_keys').selectAll().orderBy('created_at', 'desc').orderBy('id');
      if (userId !== undefined) query = query.where('user_id', '=', userId);
      return (await query.execute()).map(fromRow);
    },

    async recordUse(id: string, at: Date, ip: string): Promise<void> {
      await db
        .updateTable('api_keys')
        .set({ last_used_at: at.toISOString(), last_used_ip: ip })
        .where('id', '=', id)
        .execute();
    },

    /** Revokes a key that is not yet revoked; with `userId`, only that user's. Returns whether it changed. */
    async revoke(id: string, at: Date, userId?: string): Promise<boolean> {
      let query = db
        .updateTable('api_keys')
        .set({ revoked_at: at.toISOString() })
        .where('id', '=', id)
        .where('revoked_at', 'is', null);
      if (userId !== undefined) query = query.where('user_id', '=', userId);
      const result = await query.executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async revokeAllForUser(userId: string, at: Date): Promise<number> {
      const result = await db
        .updateTable('api_keys')
        .set({ revoked_at: at.toISOString() })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    /** Marks a key as replaced; it keeps working until `graceUntil`. */
    async markRotated(id: string, replacedBy: string, graceUntil: Date): Promise<void> {
      await db
        .updateTable('api_keys')
        .set({ replaced_by: replacedBy, grace_until: graceUntil.toISOString() })
        .where('id', '=', id)
        .execute();
    },
  };
}

/** The API-keys repository's type. */
export type ApiKeysRepository = ReturnType<typeof createApiKeysRepository>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const date = (s: string | null) => (s ? new Date(s) : null);

function toRow(k: ApiKeyRow): Database['api_keys'] {
  return {
    id: k.id,
    user_id: k.userId,
    name: k.name,
    secret_hash: k.secretHash,
    scopes: k.scopes ? JSON.stringify(k.scopes) : null,
    created_at: k.createdAt.toISOString(),
    expires_at: iso(k.expiresAt),
    last_used_at: iso(k.lastUsedAt),
    last_used_ip: k.lastUsedIp,
    revoked_at: iso(k.revokedAt),
    grace_until: iso(k.graceUntil),
    replaced_by: k.replacedBy,
  };
}

function fromRow(row: Database['api_keys']): ApiKeyRow {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    secretHash: row.secret_hash,
    scopes: row.scopes ? (JSON.parse(row.scopes) as string[]) : null,
    createdAt: new Date(row.created_at),
    expiresAt: date(row.expires_at),
    lastUsedAt: date(row.last_used_at),
    lastUsedIp: row.last_used_ip,
    revokedAt: date(row.revoked_at),
    graceUntil: date(row.grace_until),
    replacedBy: row.replaced_by,
  };
}
