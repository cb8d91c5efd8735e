/**
 * Runs chrono and turns its components into dates in the user's zone. chrono computes relative dates with
 * the process's local `Date` methods and its `forwardDate` refiner compares instants from two different
 * frames, so weekday-only, time-only and year-less dates are re-resolved here against the user's own
 * calendar day; the result is the same whatever `process.env.TZ` is.
 */

import type { ParsedComponents, ParsedResult } from 'chrono-node';
import * as chrono from 'chrono-node';
import { localDateTime, localParts, zoneOffsetMinutes } from './time-zone.js';
import type { CalendarReference } from './types.js';

/** A calendar date without a time; out-of-range days (e.g. 32) roll over when converted to an instant. */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** How a weekday was qualified: "this Friday", "next Friday", "last Friday" or just "Friday". */
export type WeekdayModifier = 'this' | 'next' | 'last' | null;

/** Runs chrono on `text` with the reference instant and the user's UTC offset at that instant. */
export function parseDates(text: string, ref: CalendarReference): ParsedResult[] {
  const reference = { instant: ref.now, timezone: zoneOffsetMinutes(ref.timeZone, ref.now) };
  return chrono.parse(text, reference, { forwardDate: true });
}

/** True when the components name a day (a date, a weekday or a month), not only a time. */
export function hasDate(c: ParsedComponents): boolean {
  return c.isCertain('day') || c.isCertain('weekday') || c.isCertain('month');
}

/** True when the components name a weekday but no day of the month. */
export function isWeekdayOnly(c: ParsedComponents): boolean {
  return c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('month');
}

/** Reads the weekday qualifier from the text chrono matched. */
export function weekdayModifier(text: string): WeekdayModifier {
  const match = /\b(this|coming|next|last|past|previous)\b/i.exec(text);
  const word = match?.[1]?.toLowerCase();
  if (word === undefined) return null;
  if (word === 'this' || word === 'coming') return 'this';
  return word === 'next' ? 'next' : 'last';
}

/** Days from a day with weekday `from` to the wanted `weekday` (0 = Sunday), as chrono counts them. */
export function weekdayOffset(from: number, weekday: number, modifier: WeekdayModifier): number {
  const forward = (weekday - from + 7) % 7;
  if (modifier === 'last') return forward === 0 ? -7 : forward - 7;
  if (modifier !== 'next') return forward;
  if (from === 0) return weekday === 0 ? 7 : weekday;
  if (from === 6) return weekday === 6 ? 7 : weekday === 0 ? 8 : 1 + weekday;
  return weekday < from && weekday !== 0 ? forward : forward + 7;
}

/** Moves a local date by whole days, normalising month and year. */
export function shiftDate(date: LocalDate, days: number): LocalDate {
  const moved = new Date(0);
  moved.setUTCFullYear(date.year, date.month - 1, date.day + days);
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

function weekdayOf(date: LocalDate): number {
  const probe = new Date(0);
  probe.setUTCFullYear(date.year, date.month - 1, date.day);
  return probe.getUTCDay();
}

function before(a: LocalDate, b: LocalDate): boolean {
  return a.year !== b.year ? a.year < b.year : a.month !== b.month ? a.month < b.month : a.day < b.day;
}

function fieldsOf(c: ParsedComponents, fallback: LocalDate): LocalDate {
  return {
    year: c.get('year') ?? fallback.year,
    month: c.get('month') ?? fallback.month,
    day: c.get('day') ?? fallback.day,
  };
}

/** Picks the year for a date given without one: the first occurrence on or after `notBefore`. */
function withForwardYear(c: ParsedComponents, notBefore: LocalDate): LocalDate {
  const date = { ...fieldsOf(c, notBefore), year: notBefore.year };
  return before(date, notBefore) ? { ...date, year: date.year + 1 } : date;
}

/**
 * The local date chrono's components refer to: a bare weekday is the next such day (today included),
 * a date without a year is its next occurrence, and a bare time is today.
 */
export function resolveDate(c: ParsedComponents, matchedText: string, ref: CalendarReference): LocalDate {
  const now = localParts(ref.now, ref.timeZone);
  const today: LocalDate = { year: now.year, month: now.month, day: now.day };
  if (isWeekdayOnly(c)) {
    const weekday = c.get('weekday') ?? now.weekday;
    return shiftDate(today, weekdayOffset(now.weekday, weekday, weekdayModifier(matchedText)));
  }
  if (!hasDate(c) && !c.isCertain('year')) return today;
  if (c.isCertain('month') && !c.isCertain('year')) return withForwardYear(c, today);
  return fieldsOf(c, today);
}

/** The local date of a range's end, never before the range's start date. */
export function resolveEndDate(end: ParsedComponents, start: LocalDate): LocalDate {
  if (isWeekdayOnly(end)) {
    const startWeekday = weekdayOf(start);
    return shiftDate(start, ((end.get('weekday') ?? startWeekday) - startWeekday + 7) % 7);
  }
  if (!hasDate(end)) return start;
  if (end.isCertain('month') && !end.isCertain('year')) return withForwardYear(end, start);
  const date = fieldsOf(end, start);
  return before(date, start) ? start : date;
}

/** The instant of the components' time on `date`, in the user's zone unless the text named a zone. */
export function instantAt(date: LocalDate, c: ParsedComponents, timeZone: string): Date {
  const hour = c.get('hour') ?? 0;
  const minute = c.get('minute') ?? 0;
  if (c.isCertain('timezoneOffset')) {
    const wall = new Date(0);
    wall.setUTCFullYear(date.year, date.month - 1, date.day);
    wall.setUTCHours(hour, minute, 0, 0);
    return new Date(wall.getTime() - (c.get('timezoneOffset') ?? 0) * 60_000);
  }
  return localDateTime(date.year, date.month, date.day, hour, minute, timeZone);
}
