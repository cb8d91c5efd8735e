import type { Kysely } from 'kysely';
import type { CalendarEvent } from '../calendar/types.js';
import type { Clock } from '../clock.js';
import type { Keyring } from '../security/keyring.js';
import { newId } from './ids.js';
import type { Database } from './schema.js';

/** A user's calendar events. */
export function createCalendarRepository(db: Kysely<Database>, clock: Clock, keyring: Keyring) {
  const toEvent = (row: Database['calendar_events']): CalendarEvent => ({
    id: row.id,
    title: keyring.open(row.title, `calendar_events.title:${row.id}`),
    description:
      row.description === null
        ? null
        : keyring.open(row.description, `calendar_events.description:${row.id}`),
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
  });
  return {
    async create(
      userId: string,
      event: { title: string; description?: string | null; startsAt: Date; endsAt: Date },
    ): Promise<CalendarEvent> {
      const id = newId();
      const row = {
        id,
        user_id: userId,
        title: keyring.seal(event.title, `calendar_events.title:${id}`),
        description:
          event.description == null
            ? null
            : keyring.seal(event.description, `calendar_events.description:${id}`),
        starts_at: event.startsAt.toISOString(),
        ends_at: event.endsAt.toISOString(),
        created_at: clock.now().toISOString(),
      };
      await db.insertInto('calendar_events').values(row).execute();
      return {
        id,
        title: event.title,
        description: event.description ?? null,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
      };
    },

    /** Events overlapping the half-open range [from, to), earliest first. */
    async listOverlapping(userId: string, from: Date, to: Date): Promise<CalendarEvent[]> {
      const rows = await db
        .selectFrom('calendar_events')
        .selectAll()
        .where('user_id', '=', userId)
        .where('starts_at', '<', to.toISOString())
        .where('ends_at', '>', from.toISOString())
        .orderBy('starts_at')
        .orderBy('id')
        .execute();
      return rows.map(toEvent);
    },

    /** Deletes the given events of this user; returns how many were deleted. */
    async delete(userId: string, ids: readonly string[]): Promise<number> {
      if (ids.length === 0) return 0;
      const result = await db
        .deleteFrom('calendar_events')
        .where('user_id', '=', userId)
        .where('id', 'in', ids)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

/** The calendar repository's type. */
export type CalendarRepository = ReturnType<typeof createCalendarRepository>;
