import type { Kysely } from 'kysely';
import type { CalendarEvent } from '../calendar/types.js';
import type { Clock } from '../clock.js';
import { newId } from './ids.js';
import type { Database } from './schema.js';

/** A user's calendar events. */
export function createCalendarRepository(db: Kysely<Database>, clock: Clock) {
  return {
    async create(
      userId: string,
      event: { title: string; description?: string | null; startsAt: Date; endsAt: Date },
    ): Promise<CalendarEvent> {
      const row = {
        id: newId(),
        user_id: userId,
        title: event.title,
        description: event.description ?? null,
        starts_at: event.startsAt.toISOString(),
        ends_at: event.endsAt.toISOString(),
        created_at: clock.now().toISOString(),
      };
      await db.insertInto('calendar_events').values(row).execute();
      return toEvent(row);
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

function toEvent(row: Database['calendar_events']): CalendarEvent {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
  };
}
