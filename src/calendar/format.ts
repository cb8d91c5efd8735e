import { formatDay, formatTime, isSameLocalDay } from './time-zone.js';
import type { CalendarEvent, TimeSlot } from './types.js';

/** One-line, non-empty version of a title so it cannot break the reply's layout. */
function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim() || 'Untitled';
}

function phrase(text: string, label: string): string {
  const trimmed = label.trim();
  return trimmed === '' ? text : `${text} ${trimmed}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Describes a length of time like "30 minutes", "1 hour" or "1 hour 30 minutes". */
export function describeDuration(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  const parts = [
    hours > 0 ? plural(hours, 'hour') : '',
    rest > 0 || hours === 0 ? plural(rest, 'minute') : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** True when `end` is on the same local day as `start`, counting a midnight end as the same day. */
function endsSameDay(start: Date, end: Date, timeZone: string): boolean {
  if (end.getTime() <= start.getTime()) return true;
  return isSameLocalDay(start, new Date(end.getTime() - 1), timeZone);
}

/** Renders a time range like "14:00–15:00", naming the end day when it is a later day. */
function timeRange(slot: TimeSlot, timeZone: string): string {
  const start = formatTime(slot.startsAt, timeZone);
  if (endsSameDay(slot.startsAt, slot.endsAt, timeZone))
    return `${start}–${formatTime(slot.endsAt, timeZone)}`;
  return `${start}–${formatDay(slot.endsAt, timeZone)} ${formatTime(slot.endsAt, timeZone)}`;
}

function byStart<T extends TimeSlot>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/**
 * Renders bullet lines, under day headings when the items start on several days or on a day the label
 * does not name (so a list for "this week" always says which day each line is on).
 */
function bulletLines<T extends TimeSlot>(
  items: readonly T[],
  label: string,
  timeZone: string,
  line: (item: T) => string,
): string[] {
  const days = new Map<string, T[]>();
  for (const item of byStart(items)) {
    const day = formatDay(item.startsAt, timeZone);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  const [onlyDay] = days.keys();
  if (days.size === 1 && onlyDay !== undefined && label.includes(onlyDay)) {
    return byStart(items).map((item) => `- ${line(item)}`);
  }
  return [...days].flatMap(([day, dayItems]) => [`${day}:`, ...dayItems.map((item) => `- ${line(item)}`)]);
}

function eventLine(event: CalendarEvent, timeZone: string): string {
  return `${timeRange(event, timeZone)} ${cleanTitle(event.title)}`;
}

/** Renders the events in a period, e.g. "You have 2 events tomorrow (…):" followed by one line per event. */
export function formatEventList(events: readonly CalendarEvent[], label: string, timeZone: string): string {
  if (events.length === 0) return `${phrase('Nothing is scheduled', label)}.`;
  const lines = bulletLines(events, label, timeZone, (event) => eventLine(event, timeZone));
  return [`${phrase(`You have ${plural(events.length, 'event')}`, label)}:`, ...lines].join('\n');
}

/** Renders when an event happens, e.g. "Thursday 26 November, 14:00–15:00". */
function describeWhen(slot: TimeSlot, timeZone: string): string {
  const day = formatDay(slot.startsAt, timeZone);
  if (endsSameDay(slot.startsAt, slot.endsAt, timeZone)) return `${day}, ${timeRange(slot, timeZone)}`;
  const endDay = formatDay(slot.endsAt, timeZone);
  return `${day}, ${formatTime(slot.startsAt, timeZone)} to ${endDay}, ${formatTime(slot.endsAt, timeZone)}`;
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Confirms a new event, e.g. "Scheduled “X” for Thursday 26 November, 14:00–15:00.", noting any overlaps. */
export function formatCreated(
  event: CalendarEvent,
  conflicts: readonly CalendarEvent[],
  timeZone: string,
): string {
  const confirmation = `Scheduled “${cleanTitle(event.title)}” for ${describeWhen(event, timeZone)}.`;
  const others = byStart(conflicts.filter((other) => other.id !== event.id));
  if (others.length === 0) return confirmation;
  const named = others.map((other) => {
    const when = isSameLocalDay(other.startsAt, event.startsAt, timeZone)
      ? timeRange(other, timeZone)
      : `${formatDay(other.startsAt, timeZone)} ${timeRange(other, timeZone)}`;
    return `“${cleanTitle(other.title)}” (${when})`;
  });
  return `${confirmation}\nHeads-up: it overlaps with ${listWords(named)}.`;
}

/** Renders free slots, e.g. "Free slots of at least 30 minutes tomorrow (…):" followed by one line per slot. */
export function formatFreeSlots(
  slots: readonly TimeSlot[],
  label: string,
  durationMinutes: number,
  timeZone: string,
): string {
  const length = describeDuration(durationMinutes);
  if (slots.length === 0) {
    return `${phrase(`I couldn't find a free slot of at least ${length}`, label)} within working hours.`;
  }
  const lines = bulletLines(slots, label, timeZone, (slot) => timeRange(slot, timeZone));
  return [`${phrase(`Free slots of at least ${length}`, label)}:`, ...lines].join('\n');
}

/** Reports which events were deleted, or that nothing matched. */
export function formatDeleted(events: readonly CalendarEvent[], label: string, timeZone: string): string {
  if (events.length === 0) return `${phrase('No matching events', label)}, so nothing was deleted.`;
  const lines = bulletLines(events, label, timeZone, (event) => eventLine(event, timeZone));
  return [`${phrase(`Deleted ${plural(events.length, 'event')}`, label)}:`, ...lines].join('\n');
}
