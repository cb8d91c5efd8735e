import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Named switches (JSON values) that every instance reads: lockdown, disabled agents. */
export function createControlsRepository(db: Kysely<Database>) {
  return {
    async all(): Promise<Map<string, unknown>> {
      const rows = await db.selectFrom('controls').select(['name', 'value']).execute();
      return new Map(rows.map((r) => [r.name, JSON.parse(r.value) as unknown]));
    },

    async set(name: string, value: unknown, at: Date): Promise<void> {
      const row = { name, value: JSON.stringify(value), updated_at: at.toISOString() };
      await db
        .insertInto('controls')
        .values(row)
        .onConflict((oc) => oc.column('name').doUpdateSet({ value: row.value, updated_at: row.updated_at }))
        .execute();
    },

    async clear(name: string): Promise<void> {
      await db.deleteFrom('controls').where('name', '=', name).execute();
    },
  };
}

/** The controls repository's type. */
export type ControlsRepository = ReturnType<typeof createControlsRepository>;
