import { addLocalDays, localDateTime, localParts, startOfDay } from './time-zone.js';
import type { TimeSlot } from './types.js';

const MINUTE_MS = 60_000;
const QUARTER_MS = 15 * MINUTE_MS;

/** Options for {@link findFreeSlots}; hours are local wall-clock hours in `timeZone`. */
export interface FreeSlotOptions {
  readonly from: Date;
  readonly to: Date;
  readonly durationMinutes: number;
  readonly timeZone: string;
  readonly workdayStartHour?: number;
  readonly workdayEndHour?: number;
  readonly now?: Date;
}

/** Returns the events overlapping the half-open candidate range [startsAt, endsAt), earliest first. */
export function findConflicts<E extends TimeSlot>(events: readonly E[], candidate: TimeSlot): E[] {
  const start = candidate.startsAt.getTime();
  const end = candidate.endsAt.getTime();
  return events
    .filter((event) => event.startsAt.getTime() < end && event.endsAt.getTime() > start)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** Rounds an instant up to the next quarter hour (unchanged when already on one). */
export function ceilToQuarterHour(instant: Date): Date {
  return new Date(Math.ceil(instant.getTime() / QUARTER_MS) * QUARTER_MS);
}

function validate(options: FreeSlotOptions, startHour: number, endHour: number): void {
  if (!Number.isFinite(options.durationMinutes) || options.durationMinutes <= 0) {
    throw new RangeError(`durationMinutes must be a positive number, got ${options.durationMinutes}`);
  }
  if (!Number.isInteger(startHour) || !Number.isInteger(endHour) || startHour < 0 || endHour > 24) {
    throw new RangeError(`working hours must be whole hours within 0-24, got ${startHour}-${endHour}`);
  }
  if (startHour >= endHour) {
    throw new RangeError(`workdayStartHour (${startHour}) must be before workdayEndHour (${endHour})`);
  }
}

/** Merges busy intervals (sorted by start) into disjoint ones, ignoring empty or inverted intervals. */
function mergeBusy(events: readonly TimeSlot[]): Array<[number, number]> {
  const intervals = events
    .map((event): [number, number] => [event.startsAt.getTime(), event.endsAt.getTime()])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of intervals) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * Returns the maximal free gaps of at least `durationMinutes` inside the working hours of each local day
 * in [from, to), never earlier than `now` rounded up to the next quarter hour when `now` is given.
 */
export function findFreeSlots(events: readonly TimeSlot[], options: FreeSlotOptions): TimeSlot[] {
  const { from, to, timeZone } = options;
  const startHour = options.workdayStartHour ?? 9;
  const endHour = options.workdayEndHour ?? 17;
  validate(options, startHour, endHour);
  const minLength = options.durationMinutes * MINUTE_MS;
  const floor = Math.max(from.getTime(), options.now ? ceilToQuarterHour(options.now).getTime() : -Infinity);
  const ceiling = to.getTime();
  const busy = mergeBusy(events);
  const slots: TimeSlot[] = [];

  for (let day = startOfDay(from, timeZone); day.getTime() < ceiling; ) {
    const p = localParts(day, timeZone);
    const nextDay = startOfDay(
      addLocalDays(localDateTime(p.year, p.month, p.day, 12, 0, timeZone), 1, timeZone),
      timeZone,
    );
    const open = localDateTime(p.year, p.month, p.day, startHour, 0, timeZone).getTime();
    const close =
      endHour === 24
        ? nextDay.getTime()
        : localDateTime(p.year, p.month, p.day, endHour, 0, timeZone).getTime();
    let cursor = Math.max(open, floor);
    const windowEnd = Math.min(close, ceiling);
    for (const [busyStart, busyEnd] of busy) {
      if (cursor >= windowEnd) break;
      if (busyEnd <= cursor) continue;
      if (busyStart >= windowEnd) break;
      if (busyStart - cursor >= minLength)
        slots.push({ startsAt: new Date(cursor), endsAt: new Date(busyStart) });
      cursor = Math.max(cursor, busyEnd);
    }
    if (windowEnd - cursor >= minLength)
      slots.push({ startsAt: new Date(cursor), endsAt: new Date(windowEnd) });
    day = nextDay;
  }
  return slots;
}
