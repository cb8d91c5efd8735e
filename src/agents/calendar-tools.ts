import { z } from 'zod';
import { formatCreated, formatDeleted, formatEventList, formatFreeSlots } from '../calendar/format.js';
import { findConflicts, findFreeSlots } from '../calendar/slots.js';
import { defineTool } from './tool.js';

const instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const TITLE_MAX_CHARS = 200;
const MAX_RANGE_MS = 366 * 24 * 60 * 60 * 1000;

const range = z
  .object({ from: instant, to: instant, label: z.string().max(100).default('in that period') })
  .refine((r) => r.to > r.from && r.to.getTime() - r.from.getTime() <= MAX_RANGE_MS, {
    message: 'to must be after from, at most a year later',
  });

/** Creates an event and reports any overlap with existing ones. */
export const createEventTool = defineTool({
  name: 'create_event',
  permission: 'calendar:own',
  description: 'Create a calendar event. Times are ISO-8601 with offset.',
  input: z
    .object({
      title: z.string().trim().min(1).max(TITLE_MAX_CHARS),
      starts_at: instant,
      ends_at: instant,
      description: z.string().max(2000).optional(),
    })
    .refine((e) => e.ends_at > e.starts_at, { message: 'ends_at must be after starts_at' }),
  async execute(input, { repos, userId, timeZone }) {
    const candidate = { startsAt: input.starts_at, endsAt: input.ends_at };
    const existing = await repos.calendar.listOverlapping(userId, candidate.startsAt, candidate.endsAt);
    const event = await repos.calendar.create(userId, {
      title: input.title,
      description: input.description ?? null,
      ...candidate,
    });
    return formatCreated(event, findConflicts(existing, candidate), timeZone);
  },
});

/** Lists events in a range. */
export const listEventsTool = defineTool({
  name: 'list_events',
  permission: 'calendar:own',
  description: 'List calendar events that overlap a time range.',
  input: range,
  async execute(input, { repos, userId, timeZone }) {
    const events = await repos.calendar.listOverlapping(userId, input.from, input.to);
    return formatEventList(events, input.label, timeZone);
  },
});

/** Finds free time within working hours. */
export const findFreeSlotsTool = defineTool({
  name: 'find_free_slots',
  permission: 'calendar:own',
  description: 'Find free slots of at least duration_minutes within working hours in a range.',
  input: z
    .object({
      duration_minutes: z
        .number()
        .int()
        .min(5)
        .max(24 * 60),
    })
    .and(range),
  async execute(input, { repos, userId, timeZone, now }) {
    const events = await repos.calendar.listOverlapping(userId, input.from, input.to);
    const slots = findFreeSlots(events, {
      from: input.from,
      to: input.to,
      durationMinutes: input.duration_minutes,
      timeZone,
      now,
    });
    return formatFreeSlots(slots, input.label, input.duration_minutes, timeZone);
  },
});

/** Deletes events in a range whose title contains a query (all of them when the query is empty). */
export const deleteEventsTool = defineTool({
  name: 'delete_events',
  permission: 'calendar:own',
  description: 'Delete calendar events in a range whose title contains title_query (all when omitted).',
  input: z.object({ title_query: z.string().max(TITLE_MAX_CHARS).optional() }).and(range),
  async execute(input, { repos, userId, timeZone }) {
    const query = input.title_query?.trim().toLocaleLowerCase();
    const events = (await repos.calendar.listOverlapping(userId, input.from, input.to)).filter(
      (e) => !query || e.title.toLocaleLowerCase().includes(query),
    );
    await repos.calendar.delete(
      userId,
      events.map((e) => e.id),
    );
    return formatDeleted(events, input.label, timeZone);
  },
});
