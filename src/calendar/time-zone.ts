/**
 * Time-zone arithmetic on top of `Intl` only. Every function takes the IANA zone as a parameter and never
 * reads the process time zone, so the answers are the same whatever `process.env.TZ` is.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** The wall-clock fields of an instant in some time zone; `month` is 1-12 and `weekday` is 0 (Sunday)-6. */
export interface LocalParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly weekday: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
    });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Returns the wall-clock fields of `instant` in `timeZone` (throws a RangeError for an unknown zone). */
export function localParts(instant: Date, timeZone: string): LocalParts {
  const fields: Record<string, string> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) fields[part.type] = part.value;
  const year = Number(fields.year);
  const month = Number(fields.month);
  const day = Number(fields.day);
  return {
    year,
    month,
    day,
    hour: Number(fields.hour) % 24,
    minute: Number(fields.minute),
    second: Number(fields.second),
    weekday: new Date(wallMs(year, month, day, 0, 0)).getUTCDay(),
  };
}

/** Milliseconds since the epoch of the given wall-clock fields read as if they were UTC. */
function wallMs(year: number, month: number, day: number, hour: number, minute: number, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** Returns the UTC offset of `timeZone` at `instant` in minutes, east of UTC positive (e.g. 330 for Kolkata). */
export function zoneOffsetMinutes(timeZone: string, instant: Date): number {
  const p = localParts(instant, timeZone);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wallMs(p.year, p.month, p.day, p.hour, p.minute, p.second) - wholeSeconds) / MINUTE_MS);
}

/**
 * Converts a wall-clock time (as UTC-read milliseconds) to an instant: an ambiguous time (clocks going back)
 * resolves to the earlier instant, a skipped time (clocks going forward) moves forward by the gap.
 */
function fromWallMs(wall: number, timeZone: string): Date {
  const before = zoneOffsetMinutes(timeZone, new Date(wall - DAY_MS));
  const after = zoneOffsetMinutes(timeZone, new Date(wall + DAY_MS));
  const at = zoneOffsetMinutes(timeZone, new Date(wall));
  const valid: number[] = [];
  for (const offset of new Set([before, at, after])) {
    const candidate = wall - offset * MINUTE_MS;
    if (zoneOffsetMinutes(timeZone, new Date(candidate)) === offset) valid.push(candidate);
  }
  if (valid.length > 0) return new Date(Math.min(...valid));
  return new Date(wall - before * MINUTE_MS);
}

/** Returns the instant at which the given local date and time (month 1-12) occurs in `timeZone`. */
export function localDateTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): Date {
  return fromWallMs(wallMs(year, month, day, hour, minute), timeZone);
}

/** Returns the instant of local midnight (or the first existing time) of the day containing `instant`. */
export function startOfDay(instant: Date, timeZone: string): Date {
  const p = localParts(instant, timeZone);
  return localDateTime(p.year, p.month, p.day, 0, 0, timeZone);
}

/** Returns the instant `days` local calendar days after `instant`, keeping the same wall-clock time. */
export function addLocalDays(instant: Date, days: number, timeZone: string): Date {
  const p = localParts(instant, timeZone);
  const millis = ((instant.getTime() % 1000) + 1000) % 1000;
  const wall = wallMs(p.year, p.month, p.day + days, p.hour, p.minute, p.second) + millis;
  return fromWallMs(wall, timeZone);
}

/** Formats the local day of `instant` like "Thursday 26 November". */
export function formatDay(instant: Date, timeZone: string): string {
  const fields: Record<string, string> = {};
  for (const part of dayFormatter(timeZone).formatToParts(instant)) fields[part.type] = part.value;
  return `${fields.weekday} ${fields.day} ${fields.month}`;
}

/** Formats the local time of `instant` on a 24-hour clock like "14:00". */
export function formatTime(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/** Returns true when both instants fall on the same local calendar day in `timeZone`. */
export function isSameLocalDay(a: Date, b: Date, timeZone: string): boolean {
  const pa = localParts(a, timeZone);
  const pb = localParts(b, timeZone);
  return pa.year === pb.year && pa.month === pb.month && pa.day === pb.day;
}
